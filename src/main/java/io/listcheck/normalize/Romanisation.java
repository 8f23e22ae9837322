package io.listcheck.normalize;

/**
 * A key under which the spellings romanisation systems give one Russian word agree: BGN/PCGN writes "Тримикс",
 * "Эйрбург", "Остек", "Промойл" as "trimiks", "eyrburg", "ostek", "promoyl", while a company's own Latin name (and so
 * the list) writes TRIMIX, EIRBURG, OSTEC, PROMOIL. The key reads x as ks, c as k (as s before e, i, y; ch and ck kept
 * apart), j and y as i (й, and the y of я, ю, е), kh as h, tch as ch ("Lutch" for Луч), "ye" as e at the start and after a vowel, and a doubled letter once. It is for
 * comparing a word romanised from Cyrillic with listed words, never two Latin words: in Latin names these letters
 * distinguish brands ("Onyx" and "Oniks" are two companies).
 */
public final class Romanisation {
  /** Shorter words agree under the key by chance too often ("bay", "bai"). */
  public static final int MIN_LENGTH = 4;

  private Romanisation() {}

  /** Whether the name has a Cyrillic letter: only then were its words romanised from Cyrillic. */
  public static boolean hasCyrillic(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c > 0x7F && Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) {
        return true;
      }
    }
    return false;
  }

  /** The key of a folded word. */
  public static String key(String word) {
    StringBuilder key = new StringBuilder(word.length() + 2);
    int start = word.startsWith("ye") ? 1 : 0;
    for (int i = start; i < word.length(); i++) {
      char c = word.charAt(i);
      char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
      switch (c) {
        case 'x' -> append(key, 'k').append('s');
        case 'c' -> {
          if (next == 'h') {
            append(key, 'c').append('h');
            i++;
          } else if (next != 'k') {
            append(key, next == 'e' || next == 'i' || next == 'y' ? 's' : 'k');
          }
        }
        case 'k' -> {
          if (next == 'h') {
            append(key, 'h');
            i++;
          } else {
            append(key, 'k');
          }
        }
        case 'j', 'y' -> {
          // е after a vowel is "ye" in BGN/PCGN and "e" in most Latin names ("Lobayev" / "Lobaev")
          if (next != 'e' || key.length() == 0 || "aeiou".indexOf(key.charAt(key.length() - 1)) < 0) {
            append(key, 'i');
          }
        }
        case 't' -> {
          if (next != 'c' || i + 2 >= word.length() || word.charAt(i + 2) != 'h') {
            append(key, 't');
          }
        }
        default -> append(key, c);
      }
    }
    return key.toString();
  }

  /** Appends a letter unless it doubles the last one. */
  private static StringBuilder append(StringBuilder key, char c) {
    if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
      key.append(c);
    }
    return key;
  }
}
