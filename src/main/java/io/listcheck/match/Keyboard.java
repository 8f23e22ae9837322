package io.listcheck.match;

/**
 * Which letters are neighbours on a QWERTY keyboard: a letter changed to a neighbouring key is a typing error, a
 * letter changed to a distant key is as often another name.
 */
final class Keyboard {
  private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private Keyboard() {}

  static boolean neighbours(char a, char b) {
    int[] pa = position(a);
    int[] pb = position(b);
    if (pa == null || pb == null) {
      return false;
    }
    int row = pb[0] - pa[0];
    // a key touches the two beside it and, on the rows above and below, the two it sits between (rows are offset)
    int column = pb[1] - pa[1];
    return (row == 0 && Math.abs(column) == 1) || (row == 1 && (column == 0 || column == -1))
        || (row == -1 && (column == 0 || column == 1));
  }

  private static int[] position(char c) {
    for (int r = 0; r < ROWS.length; r++) {
      int at = ROWS[r].indexOf(c);
      if (at >= 0) {
        return new int[] {r, at};
      }
    }
    return null;
  }
}
