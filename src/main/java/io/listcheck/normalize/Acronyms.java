package io.listcheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An acronym written beside the words it abbreviates adds nothing to a name: "Специальный Технологический Центр –
 * ООО «СТЦ»", "АО «Корпорация Тактическое Ракетное Вооружение», КТРВ". Russian registers write the short and the full
 * name together, while the lists print one of them; left in, the acronym is an unexplained extra word that keeps the
 * full name from matching. The initials are compared on the words before transliteration, in whatever script, so that
 * "Ц" (ts) and "Ч" (ch) agree with the words they stand for. Only names with letters outside the Latin script are
 * read so: in Latin names an acronym in parentheses is part of how the lists print the name ("Atomic Energy
 * Organization of Iran (AEOI)"), and a supplier's reordered or extended spelling of it would lose the acronym on one
 * side only; such a name is read a second time without it instead ({@link #withoutParenthesizedAcronyms}).
 */
final class Acronyms {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final int MIN_LENGTH = 3;
  private static final int MAX_LENGTH = 6;
  /** Words an acronym usually skips ("Конструкторское бюро по проектированию", "Institute of Physics"). */
  private static final Set<String> SKIPPED = Set.of("и", "по", "на", "при", "в", "с", "of", "and", "the", "for", "de");
  /** An acronym the lists print in parentheses after its words: "(nudt)", "(caep)", "(sastind)". */
  private static final Pattern PARENTHESIZED = Pattern.compile("\\(\\s*(\\p{L}[\\p{L}\\d]{2,7})\\s*\\)");

  private Acronyms() {}

  /**
   * {@code text} (case-folded) without the words that are the initials of a run of its other words; {@code text} itself
   * when it is written in Latin letters only.
   */
  static String withoutSelfAbbreviations(String text, List<String> dropped) {
    if (!NameNormalizer.hasNonLatinLetters(text)) {
      return text;
    }
    List<int[]> spans = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.size() <= MIN_LENGTH) {
      return text;
    }
    List<String> words = new ArrayList<>(spans.size());
    spans.forEach(s -> words.add(text.substring(s[0], s[1])));
    StringBuilder out = new StringBuilder(text);
    for (int k = spans.size() - 1; k >= 0; k--) {
      String word = words.get(k);
      if (word.length() >= MIN_LENGTH && word.length() <= MAX_LENGTH && abbreviatesOthers(word, k, words)) {
        out.replace(spans.get(k)[0], spans.get(k)[1], " ");
        dropped.add(word);
      }
    }
    return dropped.isEmpty() ? text : out.toString();
  }

  /**
   * {@code text} (case-folded) without the acronyms it writes in parentheses beside the words they abbreviate, in any
   * script ("national university of defense technology (nudt)"); {@code text} itself when it writes none. The lists
   * print a Latin name so, and a supplier writes it with the acronym, without it or reordered, so a name is read both
   * with and without it (where {@link #withoutSelfAbbreviations} reads a non-Latin name only without).
   */
  static String withoutParenthesizedAcronyms(String text, List<String> dropped) {
    List<String> words = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(word.group());
    }
    StringBuilder out = new StringBuilder(text);
    Matcher m = PARENTHESIZED.matcher(text);
    List<int[]> spans = new ArrayList<>(1);
    while (m.find()) {
      String acronym = m.group(1);
      int self = wordIndex(text, m.start(1));
      if (abbreviatesOthers(acronym, self, words)) {
        spans.add(new int[] {m.start(), m.end()});
        dropped.add(acronym);
      }
    }
    for (int k = spans.size() - 1; k >= 0; k--) {
      out.replace(spans.get(k)[0], spans.get(k)[1], " ");
    }
    return spans.isEmpty() ? text : out.toString();
  }

  /** The position among {@code text}'s words of the word starting at {@code offset}. */
  private static int wordIndex(String text, int offset) {
    int index = 0;
    Matcher word = WORD.matcher(text);
    while (word.find() && word.start() < offset) {
      index++;
    }
    return index;
  }

  /** Whether a run of words other than the one at {@code self} begins with the letters of {@code acronym}. */
  private static boolean abbreviatesOthers(String acronym, int self, List<String> words) {
    for (int start = 0; start < words.size(); start++) {
      if (start != self && spells(acronym, 0, self, words, start)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code k} on spell {@code acronym} from {@code letter} on, skipping linking words. */
  private static boolean spells(String acronym, int letter, int self, List<String> words, int k) {
    if (letter == acronym.length()) {
      return true;
    }
    if (k == words.size() || k == self) {
      return false;
    }
    String word = words.get(k);
    return word.charAt(0) == acronym.charAt(letter) && spells(acronym, letter + 1, self, words, k + 1)
        || letter > 0 && SKIPPED.contains(word) && spells(acronym, letter, self, words, k + 1);
  }
}
