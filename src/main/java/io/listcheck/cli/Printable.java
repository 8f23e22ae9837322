package io.listcheck.cli;

/**
 * Makes text from input files safe to print on a terminal. Error messages quote headers, rows and file names taken
 * from hostile files; a raw escape sequence could rewrite the terminal, a line break could forge a second message and
 * a right-to-left override could disguise a name, so those characters are shown as {@code \}{@code uXXXX} instead.
 */
final class Printable {
  private Printable() {}

  static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if (isUnsafe(c)) {
        out.append(String.format("\\u%04X", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  private static boolean isUnsafe(int c) {
    return Character.getType(c) == Character.CONTROL
        || c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029;
  }
}
