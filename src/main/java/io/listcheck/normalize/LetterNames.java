package io.listcheck.normalize;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English letters as Russian spells their names: a company named by initials is written "Ай Кью Компонентс" (IQ
 * Components), "Айди Солюшн" (ID Solution), "Ай-Би-Эм" (IBM) in Russian documents, and transliterated ("ay kyu",
 * "aydi") such a name meets no listed spelling. Written for listcheck. "И" and "Ю" (E, U) are left out: they are
 * also Russian words ("and", and a letter of its own).
 */
final class LetterNames {
  private static final Map<String, Character> LETTERS = Map.ofEntries(
      Map.entry("эй", 'a'), Map.entry("би", 'b'), Map.entry("си", 'c'), Map.entry("ди", 'd'), Map.entry("эф", 'f'),
      Map.entry("джи", 'g'), Map.entry("эйч", 'h'), Map.entry("ай", 'i'), Map.entry("джей", 'j'), Map.entry("кей", 'k'),
      Map.entry("эл", 'l'), Map.entry("эм", 'm'), Map.entry("эн", 'n'), Map.entry("оу", 'o'), Map.entry("пи", 'p'),
      Map.entry("кью", 'q'), Map.entry("ар", 'r'), Map.entry("эс", 's'), Map.entry("ти", 't'), Map.entry("ви", 'v'),
      Map.entry("экс", 'x'), Map.entry("уай", 'y'), Map.entry("зед", 'z'), Map.entry("зи", 'z'));
  private static final int LONGEST_NAME = 4;
  private static final Pattern WORD = Pattern.compile("\\p{IsCyrillic}+");
  /** What may stand between the words of one set of initials. */
  private static final Pattern JOINER = Pattern.compile("[\\s-]+");

  private LetterNames() {}

  /**
   * {@code name} (case-folded) with each run of words spelling two letters or more replaced by the letters, which are
   * added to {@code initials}; {@code name} itself if it spells none. A run is one word ("айди") or several joined by
   * spaces or hyphens ("ай кью") made only of letter names, so "Ай Кью Компонентс" is "iq компонентс".
   */
  static String asInitials(String name, List<String> initials) {
    StringBuilder out = new StringBuilder(name.length());
    StringBuilder letters = new StringBuilder();
    int copied = 0;
    int runStart = -1;
    int runEnd = -1;
    Matcher word = WORD.matcher(name);
    Matcher joiner = JOINER.matcher(name);
    boolean more;
    do {
      more = word.find();
      boolean continues = more && runStart >= 0 && joiner.region(runEnd, word.start()).matches()
          && spell(word.group(), letters);
      if (!continues) {
        if (letters.length() >= 2) {
          out.append(name, copied, runStart).append(letters);
          initials.add(letters.toString());
          copied = runEnd;
        }
        letters.setLength(0);
        runStart = more && spell(word.group(), letters) ? word.start() : -1;
      }
      runEnd = more ? word.end() : runEnd;
    } while (more);
    return copied == 0 ? name : out.append(name, copied, name.length()).toString();
  }

  /** Appends the letters {@code word} spells to {@code letters}; false (appending nothing) if it spells none. */
  private static boolean spell(String word, StringBuilder letters) {
    int mark = letters.length();
    int at = 0;
    while (at < word.length()) {
      int length = Math.min(LONGEST_NAME, word.length() - at);
      while (length > 1 && !LETTERS.containsKey(word.substring(at, at + length))) {
        length--;
      }
      Character letter = LETTERS.get(word.substring(at, at + length));
      if (letter == null) {
        letters.setLength(mark);
        return false;
      }
      letters.append(letter);
      at += length;
    }
    return true;
  }
}
