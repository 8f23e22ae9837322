package io.listcheck.normalize;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A key under which the spellings romanisation systems give one Russian word agree: BGN/PCGN writes "Тримикс",
 * "Эйрбург", "Остек", "Промойл" as "trimiks", "eyrburg", "ostek", "promoyl", while a company's own Latin name (and so
 * the list) writes TRIMIX, EIRBURG, OSTEC, PROMOIL. The key reads x as ks, qu as kv, c as k (as s before e, i, y; ch and ck kept
 * apart), j and y as i (й, and the y of я, ю, е), kh as h, tch as ch ("Lutch" for Луч), "ye" as e at the start and after a vowel, and a doubled letter once. It is for
 * comparing a word romanised from Cyrillic with listed words, never two Latin words: in Latin names these letters
 * distinguish brands ("Onyx" and "Oniks" are two companies). Latin names take only the {@link #commonSpelling} of the
 * few letters the romanisation systems of Russian themselves write differently.
 */
public final class Romanisation {
  /** Shorter words agree under the key by chance too often ("bay", "bai"). */
  public static final int MIN_LENGTH = 4;

  private Romanisation() {}

  /**
   * The word in one spelling of the letters that the romanisation systems of Russian write differently, so that a
   * name romanised by one system meets a listing romanised by another (the lists mix them): е as "e" where BGN/PCGN
   * writes "ye" (at a word's start and after a vowel: "voyennaya", "voennaya"); я and ю as "ya" and "yu" where
   * ALA-LC and Russian passports (ICAO) write "ia" and "iu" ("kompaniia", "biuro"; OFAC prints "OTVETSTVENNOSTIU",
   * "KOMPANIIA", "PRIBOROSTROENIIA"); й after a vowel as the "i" of those systems where BGN/PCGN writes "y"
   * ("rossiyskiy", "rossiiskii"). The "ia" of иа ("avia") is read as "ya" too: alike on both sides, that costs
   * nothing. Unlike {@link #key}, it leaves every other letter alone, so Latin brands stay apart ("Onyx", "Oniks").
   */
  public static String commonSpelling(String word) {
    StringBuilder out = null;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean afterVowel = i > 0 && isVowel(word.charAt(i - 1));
      char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
      boolean bgnYe = c == 'y' && next == 'e' && (i == 0 || afterVowel);
      boolean iotated = c == 'i' && (next == 'a' || next == 'u');
      boolean shortI = c == 'y' && afterVowel && !isVowel(next);
      if ((bgnYe || iotated || shortI) && out == null) {
        out = new StringBuilder(word.length()).append(word, 0, i);
      }
      if (out != null && !bgnYe) {
        out.append(iotated ? 'y' : shortI ? 'i' : c);
      }
    }
    return out == null ? word : out.toString();
  }

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

  /**
   * The keys of a folded word under each reading of its ambiguous letters: its {@link #key}, and where a Latin "ch"
   * may stand for х or ш (the Greek "ch" of "Chimmed", "technology"; the French one of "Echelon") or a romanised "kh"
   * for the hard "c" or "k" of an English word ("Ростех" for "Rostec"), the keys of those readings too. A word romanised
   * from Cyrillic finds a listed word when any of their keys agree.
   */
  public static List<String> keys(String word) {
    String key = key(word);
    if (!word.contains("ch") && !word.contains("kh")) {
      return List.of(key);
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(key);
    keys.add(key(word.replace("ch", "kh")));
    keys.add(key(word.replace("ch", "sh")));
    keys.add(key(word.replace("kh", "k")));
    return List.copyOf(keys);
  }

  /** The key of a folded word. */
  public static String key(String word) {
    StringBuilder key = new StringBuilder(word.length() + 2);
    int start = word.startsWith("ye") ? 1 : 0;
    for (int i = start; i < word.length(); i++) {
      char c = word.charAt(i);
      char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
      if (loanwordSound(word, i, key)) {
        i += loanwordSkip(word, i);
        continue;
      }
      switch (c) {
        case 'x' -> append(key, 'k').append('s');
        case 'q' -> {
          append(key, 'k'); // Russian writes an English "qu" as кв ("Аква" for "Aqua", "Эквити" for "Equity")
          if (next == 'u') {
            append(key, 'v');
            i++;
          }
        }
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

  /**
   * Whether the letters at {@code i} are one of the sounds that Russian spells otherwise than the English word it
   * borrows, written to {@code key} as the English spelling's key: ё written е ("Полет" for "Polyot"), ю for u
   * ("Салют" for "Salute", "Юнисервис" for "Uniservice", "Ньюсфронт" for "Newsfront", whose "ew" reads u too), ай and
   * ей for a long i ("Девайс" for "device", "Флай" for "fly", "Контейнер" for "container") and ей for the a of an
   * English word ending in a consonant and a silent e ("Трейд" for "trade"), дж for a soft g ("Бридж"
   * for "bridge"), ф for ph and т for th ("Фотон" for "Photon", "Метод" for "Method"; BGN/PCGN never writes "ph" or
   * "th", п-х and т-х being "pkh" and "tkh"), and an English word's silent last e ("Нептун" for "Neptune").
   */
  private static boolean loanwordSound(String word, int i, StringBuilder key) {
    char c = word.charAt(i);
    char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
    boolean afterConsonant = i > 0 && !isVowel(word.charAt(i - 1));
    if (c == 'y' && next == 'o' && afterConsonant) {
      append(key, 'e');
    } else if (c == 'y' && next == 'u' && (i == 0 || afterConsonant) || c == 'e' && next == 'w') {
      append(key, 'u');
    } else if ((c == 'a' || c == 'e') && (next == 'y' || next == 'i') && i > 0
        && (i + 2 >= word.length() || !isVowel(word.charAt(i + 2)))
        || c == 'a' && afterConsonant && !isVowel(next) && i + 2 == word.length() - 1 && word.endsWith("e")) {
      append(key, 'i');
    } else if (c == 'd' && word.startsWith("zh", i + 1) || c == 'd' && next == 'g' && i + 2 < word.length()
        && "eiy".indexOf(word.charAt(i + 2)) >= 0) {
      append(key, 'j');
    } else if (c == 'p' && next == 'h') {
      append(key, 'f');
    } else if (c == 't' && next == 'h') {
      append(key, 't');
    } else {
      return c == 'e' && i == word.length() - 1 && i >= Romanisation.MIN_LENGTH - 1 && afterConsonant;
    }
    return true;
  }

  /** How many letters after {@code i} the sound at {@code i} ({@link #loanwordSound}) took with it. */
  private static int loanwordSkip(String word, int i) {
    char c = word.charAt(i);
    if (c == 'd') {
      return word.startsWith("zh", i + 1) ? 2 : 1;
    }
    if (c == 'a' && word.charAt(i + 1) != 'y' && word.charAt(i + 1) != 'i') {
      return 0; // the a of "trade": the consonant after it is read on its own
    }
    return c == 'e' && i == word.length() - 1 ? 0 : 1;
  }

  private static boolean isVowel(char c) {
    return "aeiouy".indexOf(c) >= 0;
  }

  /** Appends a letter unless it doubles the last one. */
  private static StringBuilder append(StringBuilder key, char c) {
    if (key.length() == 0 || key.charAt(key.length() - 1) != c) {
      key.append(c);
    }
    return key;
  }
}
