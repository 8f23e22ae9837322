package io.listcheck.match;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readings of a listed name that writes two alternative words with a slash between them: "7TH OF TIR INDUSTRIES OF
 * ISFAHAN/ESFAHAN", "EBLA TRADE SERVICES S.A.L./OFF-SHORE", "LORD'S RESISTANCE MOVEMENT/ARMY", "... IMPORT/EXPORT
 * CORPORATION". A supplier writes one of them ("7th of Tir Industries of Isfahan", "Ebla Trade Services SAL"), so the
 * name is also read with each word alone. Only a name's first slash is read, if it stands between two words of three
 * letters or more in a name of other words too: "M/S", "I/E" and "J/V" abbreviate one phrase, and "NPP/CPP" alone would
 * make two acronyms names of their own.
 */
final class SlashAlternatives {
  private static final Pattern SLASH = Pattern.compile("(?<![^\\s])([^\\s/]+)/([^\\s/]+)(?![^\\s])");
  private static final int MIN_LETTERS = 3;

  private SlashAlternatives() {}

  /** The name with the first word, then with the second word of its first slash; none when it has no such slash. */
  static List<String> of(String listedName) {
    if (listedName.indexOf('/') < 0) {
      return List.of();
    }
    Matcher slash = SLASH.matcher(listedName);
    if (!slash.find() || letters(slash.group(1)) < MIN_LETTERS || letters(slash.group(2)) < MIN_LETTERS
        || listedName.strip().equals(slash.group())) {
      return List.of();
    }
    String before = listedName.substring(0, slash.start());
    String after = listedName.substring(slash.end());
    return List.of(before + slash.group(1) + after, before + slash.group(2) + after);
  }

  private static long letters(String word) {
    return word.codePoints().filter(Character::isLetter).count();
  }
}
