package io.listcheck.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites Han text so that a Chinese legal name can meet its English list name: common business words and places
 * become the English a company uses for itself ("科技" technology, "深圳" Shenzhen), and the Chinese names of listed
 * companies become their English brand ("海康威视" hikvision, {@code chinese-brands.txt}), found by longest match;
 * the rest, usually the distinctive part, becomes toneless pinyin written as one word ("大疆" dajiang, "华为" huawei).
 */
final class ChineseWords {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Map<String, String> BRANDS = load("chinese-brands.txt").english();
  private static final Table WORDS = load("chinese-words.txt");
  /** The other English renderings of a word, where the bodies of one kind render it differently (工业大学). */
  private static final Map<String, List<String>> OTHER_RENDERINGS = WORDS.otherRenderings();
  private static final Map<String, String> ENGLISH = merged(WORDS.english(), BRANDS);
  private static final int LONGEST = ENGLISH.keySet().stream().mapToInt(String::length).max().orElse(1);
  // "深圳市", "浙江省": the administrative suffix after a known place adds nothing.
  private static final String ADMINISTRATIVE_SUFFIXES = "市省区县";
  /** U+2E80, the first CJK radical: no code point below it is Han script. */
  private static final int FIRST_HAN = 0x2E80;
  private static final String NUMERALS = "〇零一二两三四五六七八九十百";
  /** 一百零三 (103): an institute's number is never longer; a longer run of numerals is not an ordinal. */
  private static final int MAX_ORDINAL_NUMERALS = 4;
  /**
   * Characters with several readings, as company and place names read them where ICU gives the other reading: 长 is
   * "chang" in 长城, 长虹, 长安, 长光 (ICU: "zhang"), 都 "du" in 成都, 首都 ("dou"), 埔 "pu" in 黄埔 ("bu").
   */
  private static final Map<Character, String> NAME_READINGS = Map.of('长', "chang", '都', "du", '埔', "pu");
  private static final ThreadLocal<Transliterator> PINYIN =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin; Latin-ASCII"));

  private ChineseWords() {}

  /**
   * Another English rendering of a Chinese word, read wherever the word stands in a name: "工业大学" is "University of
   * Technology" for most universities and "Polytechnical University" for the Northwestern, so a Chinese name is also
   * screened with each other rendering.
   */
  record Rendering(String chinese, String english) {}

  /** A table's words: the English read for each, and the other renderings of those that have several. */
  private record Table(Map<String, String> english, Map<String, List<String>> otherRenderings) {}

  /**
   * Chinese to English, one word per line: "Chinese<TAB>English", optionally "<TAB># source"; the English may be
   * "English | English | ...", the first read and the others kept as other renderings.
   */
  private static Table load(String resource) {
    Map<String, String> words = new HashMap<>();
    Map<String, List<String>> others = new HashMap<>();
    for (String line : Resources.lines(resource)) {
      String[] parts = line.split("\t");
      if (parts.length < 2 || parts.length > 3 || (parts.length == 3 && !parts[2].startsWith("#"))) {
        throw new IllegalStateException(resource + ": expected 'Chinese<TAB>English[<TAB># source]' in: " + line);
      }
      // names are looked up in NFKC case-folded text
      String chinese = NFKC_CASEFOLD.normalize(parts[0]);
      List<String> renderings = List.of(parts[1].split("\\s*\\|\\s*"));
      words.put(chinese, renderings.get(0));
      if (renderings.size() > 1) {
        others.put(chinese, renderings.subList(1, renderings.size()));
      }
    }
    return new Table(words, others);
  }

  private static Map<String, String> merged(Map<String, String> words, Map<String, String> brands) {
    Map<String, String> all = new HashMap<>(words);
    all.putAll(brands);
    return all;
  }

  /** Whether {@code s} holds Han script: asked of every name read, so letters below the first Han block cost no lookup. */
  static boolean containsHan(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp >= FIRST_HAN && isHan(cp)) {
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
   * word used in {@code mapped} (e.g. "科技=technology") for the explanation. A word is read in its first rendering,
   * or in {@code rendering} where that is one of the word's; the other renderings of the words read are added to
   * {@code others} when not null.
   */
  static String rewrite(String s, List<String> mapped, Rendering rendering, Set<Rendering> others) {
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
      int ordinalEnd = ordinalEnd(s, i);
      if (ordinalEnd > i) {
        flushPinyin(unknown, out, mapped);
        String ordinal = ordinal(s.substring(i + 1, ordinalEnd));
        out.append(' ').append(ordinal).append(' ');
        mapped.add(s.substring(i, ordinalEnd) + "=" + ordinal);
        i = ordinalEnd;
        continue;
      }
      String word = longestWordAt(s, i);
      if (word == null) {
        unknown.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      flushPinyin(unknown, out, mapped);
      String english = rendering != null && rendering.chinese().equals(word) ? rendering.english() : ENGLISH.get(word);
      if (others != null) {
        OTHER_RENDERINGS.getOrDefault(word, List.of()).forEach(other -> others.add(new Rendering(word, other)));
      }
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

  /**
   * Where an ordinal "第" plus Chinese numerals starting at {@code start} ends, or {@code start} if none starts there:
   * the numbered institutes of the state groups are "第十四研究所" in Chinese and "14th Research Institute" in English.
   */
  private static int ordinalEnd(String s, int start) {
    if (s.charAt(start) != '第') {
      return start;
    }
    int end = start + 1;
    while (end < s.length() && NUMERALS.indexOf(s.charAt(end)) >= 0) {
      end++;
    }
    int numerals = end - start - 1;
    return numerals > 0 && numerals <= MAX_ORDINAL_NUMERALS ? end : start;
  }

  /** Chinese numerals as an English ordinal: 十四 is "14th", 五十四 "54th", 二〇三 "203rd". */
  private static String ordinal(String numerals) {
    int n = 0;
    if (numerals.indexOf('十') < 0 && numerals.indexOf('百') < 0) {
      for (char c : numerals.toCharArray()) {
        n = n * 10 + digit(c); // written digit by digit: 二〇三
      }
    } else {
      int current = 0;
      for (char c : numerals.toCharArray()) {
        if (c == '百') {
          n += Math.max(current, 1) * 100;
          current = 0;
        } else if (c == '十') {
          n += Math.max(current, 1) * 10;
          current = 0;
        } else {
          current = digit(c);
        }
      }
      n += current;
    }
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  private static int digit(char numeral) {
    return switch (numeral) {
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> 0; // 〇, 零
    };
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
    StringBuilder pinyin = new StringBuilder();
    int from = 0;
    for (int k = 0; k < unknown.length(); k++) {
      String reading = NAME_READINGS.get(unknown.charAt(k));
      if (reading != null) {
        pinyin.append(PINYIN.get().transliterate(unknown.substring(from, k))).append(reading);
        from = k + 1;
      }
    }
    pinyin.append(PINYIN.get().transliterate(unknown.substring(from)));
    String read = pinyin.toString().replace(" ", "");
    out.append(' ').append(read).append(' ');
    mapped.add(unknown + "=" + read + " (pinyin)");
    unknown.setLength(0);
  }
}
