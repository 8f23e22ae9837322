package io.listcheck.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites Han text so that a Chinese legal name can meet its English list name: common business words and places
 * become the English a company uses for itself ("科技" technology, "深圳" Shenzhen), and the Chinese names of listed
 * companies become their English brand ("海康威视" hikvision, {@code chinese-brands.txt}), found by longest match;
 * the rest, usually the distinctive part, becomes toneless pinyin written as one word ("大疆" dajiang, "华为" huawei).
 */
final class ChineseWords {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Map<String, String> BRANDS = load("chinese-brands.txt");
  private static final Map<String, String> ENGLISH = merged(load("chinese-words.txt"), BRANDS);
  private static final int LONGEST = ENGLISH.keySet().stream().mapToInt(String::length).max().orElse(1);
  // "深圳市", "浙江省": the administrative suffix after a known place adds nothing.
  private static final String ADMINISTRATIVE_SUFFIXES = "市省区县";
  private static final ThreadLocal<Transliterator> PINYIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

  private ChineseWords() {}

  /** Chinese to English, one word per line: "Chinese<TAB>English", optionally "<TAB># source". */
  private static Map<String, String> load(String resource) {
    Map<String, String> words = new HashMap<>();
    for (String line : Resources.lines(resource)) {
      String[] parts = line.split("\t");
      if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].startsWith("#"))) {
        throw new IllegalStateException(resource + ": expected 'Chinese<TAB>English[<TAB># source]' in: " + line);
      }
      // names are looked up in NFKC case-folded text
      words.put(NFKC_CASEFOLD.normalize(parts[0]), parts[1]);
    }
    return words;
  }

  private static Map<String, String> merged(Map<String, String> words, Map<String, String> brands) {
    Map<String, String> all = new HashMap<>(words);
    all.putAll(brands);
    return all;
  }

  static boolean containsHan(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (isHan(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * Han runs rewritten as space-separated English words and pinyin; other text is kept. Records each dictionary
   * word used in {@code mapped} (e.g. "科技=technology") for the explanation.
   */
  static String rewrite(String s, List<String> mapped) {
    StringBuilder out = new StringBuilder(s.length() * 3);
    StringBuilder unknown = new StringBuilder();
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!isHan(cp)) {
        flushPinyin(unknown, out, mapped);
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      String word = longestWordAt(s, i);
      if (word == null) {
        unknown.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      flushPinyin(unknown, out, mapped);
      String english = ENGLISH.get(word);
      out.append(' ').append(english).append(' ');
      mapped.add(word + "=" + english + (BRANDS.containsKey(word) ? " " + NameNormalizer.BRAND_TABLE_NOTE : ""));
      i += word.length();
      if (i < s.length() && ADMINISTRATIVE_SUFFIXES.indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }
    flushPinyin(unknown, out, mapped);
    return out.toString();
  }

  private static String longestWordAt(String s, int start) {
    for (int length = Math.min(LONGEST, s.length() - start); length > 0; length--) {
      String candidate = s.substring(start, start + length);
      if (ENGLISH.containsKey(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private static void flushPinyin(StringBuilder unknown, StringBuilder out, List<String> mapped) {
    if (unknown.length() == 0) {
      return;
    }
    String pinyin = PINYIN.get().transliterate(unknown.toString()).replace(" ", "");
    out.append(' ').append(pinyin).append(' ');
    mapped.add(unknown + "=" + pinyin + " (pinyin)");
    unknown.setLength(0);
  }
}
