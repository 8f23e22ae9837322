package io.listcheck.report;

/**
 * Makes untrusted text (supplier and list names) safe to show. Control characters and Unicode bidirectional
 * overrides could rewrite a terminal, hide text or reverse what a reader sees ("Trojan Source"), so they are shown
 * as {@code \\uXXXX} instead.
 */
final class Text {
  private Text() {}

  /** Every control or bidi-formatting character replaced by its visible escape; newlines too unless kept. */
  static String visible(String text, boolean keepNewlines) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean unsafe = isUnsafe(c) && !(keepNewlines && c == '\n');
      if (unsafe && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (unsafe) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  static String visible(String text) {
    return visible(text, false);
  }

  private static boolean isUnsafe(char c) {
    return Character.isISOControl(c)
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E' || c == '\u200F' || c == '\u061C'
        || c == '\uFFFE' || c == '\uFFFF';
  }

  /** Text for XML 1.0 content or attributes: escaped, and made visible where XML cannot hold a character. */
  static String xml(String text) {
    String shown = visible(withoutLoneSurrogates(text), true);
    StringBuilder out = new StringBuilder(shown.length() + 16);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append("&#10;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** HTML escaping is XML escaping: every value goes through the same function. */
  static String html(String text) {
    return xml(text);
  }

  private static String withoutLoneSurrogates(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
