package io.listcheck.normalize;

/**
 * Repairs words typed in two scripts: Russian registries and vendor files mix Latin and Cyrillic letters that look
 * the same ("Oбщество" with a Latin O, "AО", "Концeрн", "Аrmored" with a Cyrillic А, "Общество C ограниченной" with a
 * Latin C). Each such word is written in the script of a letter it holds that has no lookalike in the other script
 * ("Cepвиc" has и, so it is Cyrillic), else in the script most of its letters use, and a lone Latin lookalike letter
 * between Cyrillic words becomes Cyrillic. Works on case-folded text.
 */
final class Lookalikes {
  private static final String LATIN = "aceopxykmthb";
  private static final String CYRILLIC = "асеорхукмтнв";

  private Lookalikes() {}

  /** {@code s} with mixed-script words in one script; unchanged when it has no Cyrillic letter. */
  static String unmixed(String s) {
    if (s.codePoints().noneMatch(Lookalikes::isCyrillic)) {
      return s;
    }
    StringBuilder out = new StringBuilder(s);
    int start = 0;
    while (start < s.length()) {
      if (!Character.isLetter(s.charAt(start))) {
        start++;
        continue;
      }
      int end = start;
      while (end < s.length() && Character.isLetter(s.charAt(end))) {
        end++;
      }
      unmixWord(s, start, end, out);
      start = end;
    }
    return out.toString();
  }

  private static void unmixWord(String s, int start, int end, StringBuilder out) {
    int latin = 0;
    int cyrillic = 0;
    boolean onlyCyrillic = false;
    boolean onlyLatin = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (isCyrillic(c)) {
        cyrillic++;
        onlyCyrillic |= CYRILLIC.indexOf(c) < 0;
      } else if (c < 0x80) {
        latin++;
        onlyLatin |= LATIN.indexOf(c) < 0;
      }
    }
    boolean loneLatinBetweenCyrillic = latin == 1 && end - start == 1 && cyrillicWordAround(s, start, end);
    if (latin > 0 && (cyrillic > 0 || loneLatinBetweenCyrillic)) {
      // a letter without a lookalike can only be typed in its own script; the count decides when both or none occur
      boolean toCyrillic = onlyCyrillic != onlyLatin ? onlyCyrillic : cyrillic >= latin || loneLatinBetweenCyrillic;
      String from = toCyrillic ? LATIN : CYRILLIC;
      String to = toCyrillic ? CYRILLIC : LATIN;
      for (int i = start; i < end; i++) {
        int k = from.indexOf(s.charAt(i));
        if (k >= 0) {
          out.setCharAt(i, to.charAt(k));
        }
      }
    }
  }

  /**
   * {@code s} (with Cyrillic letters, after {@link #unmixed}) with its Latin words made only of letters that look
   * Cyrillic written in Cyrillic: "Остек-CMT", "Акционерное Общество ACT" may be the Cyrillic СМТ (SMT) and АСТ (AST)
   * typed on a Latin keyboard, or Latin words, and nothing in the name tells which.
   */
  static String latinWordsAsCyrillic(String s) {
    StringBuilder out = new StringBuilder(s);
    int start = 0;
    while (start < s.length()) {
      int end = start;
      while (end < s.length() && Character.isLetter(s.charAt(end))) {
        end++;
      }
      boolean lookalikes = end > start;
      for (int i = start; i < end && lookalikes; i++) {
        lookalikes = LATIN.indexOf(s.charAt(i)) >= 0;
      }
      for (int i = start; i < end && lookalikes; i++) {
        out.setCharAt(i, CYRILLIC.charAt(LATIN.indexOf(s.charAt(i))));
      }
      start = end + 1;
    }
    return out.toString();
  }

  /** Whether the words before and after the one at [start, end) both have a Cyrillic letter. */
  private static boolean cyrillicWordAround(String s, int start, int end) {
    int before = start - 1;
    while (before >= 0 && !Character.isLetter(s.charAt(before))) {
      before--;
    }
    int after = end;
    while (after < s.length() && !Character.isLetter(s.charAt(after))) {
      after++;
    }
    return before >= 0 && after < s.length() && wordHasCyrillic(s, before) && wordHasCyrillic(s, after);
  }

  private static boolean wordHasCyrillic(String s, int inside) {
    int start = inside;
    while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
      start--;
    }
    for (int i = start; i < s.length() && Character.isLetter(s.charAt(i)); i++) {
      if (isCyrillic(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCyrillic(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC;
  }
}
