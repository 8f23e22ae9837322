package io.listcheck.normalize;

/**
 * Optimal-string-alignment distance (insertions, deletions, substitutions and transpositions of neighbours, each
 * costing one), bounded: answers {@code max + 1} as soon as the distance must exceed {@code max}. Two typing errors
 * in a long word are two edits, whatever Jaro-Winkler makes of them.
 */
public final class EditDistance {
  private EditDistance() {}

  public static int bounded(String a, String b, int max) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > max) {
      return max + 1;
    }
    int[] previous2 = new int[lb + 1];
    int[] previous = new int[lb + 1];
    int[] current = new int[lb + 1];
    for (int j = 0; j <= lb; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= la; i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= lb; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          value = Math.min(value, previous2[j - 2] + 1);
        }
        current[j] = value;
        rowMin = Math.min(rowMin, value);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] recycled = previous2;
      previous2 = previous;
      previous = current;
      current = recycled;
    }
    return Math.min(previous[lb], max + 1);
  }

  /**
   * The Damerau-Levenshtein distance, in which a letter may be edited again after two letters were swapped: "ca" and
   * "abc" are two typing errors apart (a swap, then a letter added between), where {@link #bounded} counts three.
   * Folded tokens are ASCII; a word with another character gets {@link #bounded}'s answer.
   */
  public static int damerau(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (!NameNormalizer.isAscii(a) || !NameNormalizer.isAscii(b)) {
      return bounded(a, b, Math.max(la, lb));
    }
    int infinity = la + lb;
    int[][] d = new int[la + 2][lb + 2];
    d[0][0] = infinity;
    for (int i = 0; i <= la; i++) {
      d[i + 1][0] = infinity;
      d[i + 1][1] = i;
    }
    for (int j = 0; j <= lb; j++) {
      d[0][j + 1] = infinity;
      d[1][j + 1] = j;
    }
    int[] lastRowOf = new int[ASCII];
    for (int i = 1; i <= la; i++) {
      int lastColumn = 0;
      for (int j = 1; j <= lb; j++) {
        int i1 = lastRowOf[b.charAt(j - 1)];
        int j1 = lastColumn;
        int cost = 1;
        if (a.charAt(i - 1) == b.charAt(j - 1)) {
          cost = 0;
          lastColumn = j;
        }
        d[i + 1][j + 1] = Math.min(Math.min(d[i][j] + cost, d[i + 1][j] + 1),
            Math.min(d[i][j + 1] + 1, d[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1)));
      }
      lastRowOf[a.charAt(i - 1)] = i;
    }
    return d[la + 1][lb + 1];
  }

  private static final int ASCII = 128;

  /** How many typing errors a word of this length may carry and still be the same word: 1 from 5 letters, 2 from 8. */
  public static int allowedTypos(int length) {
    return length >= 8 ? 2 : length >= 5 ? 1 : 0;
  }

  /** How many letters {@code a} and {@code b} begin with alike. */
  public static int commonPrefix(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int common = 0;
    while (common < shorter && a.charAt(common) == b.charAt(common)) {
      common++;
    }
    return common;
  }

  /** Whether {@code a} becomes {@code b} by one letter added, left out, changed, or two neighbours swapped. */
  public static boolean isOneEdit(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
      return false;
    }
    String longer = a.length() >= b.length() ? a : b;
    String other = longer == a ? b : a;
    int at = commonPrefix(longer, other);
    if (longer.length() != other.length()) {
      return longer.regionMatches(at + 1, other, at, other.length() - at);
    }
    return longer.regionMatches(at + 1, other, at + 1, other.length() - at - 1) || isSwap(longer, other);
  }

  /** The same letters with two neighbours swapped. */
  public static boolean isSwap(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = 0;
    while (first < a.length() && a.charAt(first) == b.charAt(first)) {
      first++;
    }
    return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
        && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
  }
}
