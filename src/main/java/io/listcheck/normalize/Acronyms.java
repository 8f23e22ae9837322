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
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final int MIN_LENGTH = 3;
  private static final int MAX_LENGTH = 6;
  /** Words an acronym usually skips ("Конструкторское бюро по проектированию", "Institute of Physics"). */
  private static final Set<String> SKIPPED = Set.of("и", "по", "на", "при", "в", "с", "of", "and", "the", "for", "de");
  /**
   * An acronym the lists print in parentheses after its words: "(nudt)", "(caep)", "(isf-im)"; with the number of a
   * numbered unit of a group, "(cetc 13)", "(cetc-30)".
   */
  private static final Pattern PARENTHESIZED =
      Pattern.compile("\\(\\s*(\\p{L}[\\p{L}\\d]{2,7}(?:-\\p{L}{1,6})?)(?:[\\s-]*(\\d{1,4}))?\\s*\\)");
  /** How an acronym written beside its words spells them: the initial of each word, leaving out linking words. */
  private static final Spelling INITIALS = new Spelling(0, 1);
  /**
   * How a parenthesized acronym may also spell its words: leaving out one more word ("China Aerospace Science and
   * Technology Corporation (CASC)", "Tehrik-e Taliban Pakistan (TTP)") and taking up to three letters of a word
   * ("National Engineering and Scientific Commission (NESCOM)", "Defense Science and Technology Organization
   * (DESTO)"). The lists print the acronyms of Latin names so, while a parenthesized word that is no acronym
   * ("(CYPRUS)", "(OFFSHORE)") does not begin the name's words in order.
   */
  private static final Spelling PRINTED_ACRONYM = new Spelling(1, 3);

  /**
   * @param skips how many words other than linking words the acronym may leave out inside the words it spells
   * @param lettersPerWord how many of a word's first letters the acronym may take
   */
  private record Spelling(int skips, int lettersPerWord) {}

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
      if (word.length() >= MIN_LENGTH && word.length() <= MAX_LENGTH && abbreviatesOthers(word, k, k, words, INITIALS)) {
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
    List<Integer> starts = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words.add(word.group());
      starts.add(word.start());
    }
    StringBuilder out = new StringBuilder(text);
    Matcher m = PARENTHESIZED.matcher(text);
    List<int[]> spans = new ArrayList<>(1);
    while (m.find()) {
      String acronym = m.group(1);
      int first = wordsBefore(starts, m.start(1));
      int last = first + acronym.split("-").length - 1;
      boolean numberRepeated = m.group(2) == null || carriesNumberOutside(text, m.group(2), m.start(), m.end());
      if (numberRepeated && abbreviatesOthers(acronym.replace("-", ""), first, last, words, PRINTED_ACRONYM)) {
        spans.add(new int[] {m.start(), m.end()});
        dropped.add(acronym);
      }
    }
    for (int k = spans.size() - 1; k >= 0; k--) {
      out.replace(spans.get(k)[0], spans.get(k)[1], " ");
    }
    return spans.isEmpty() ? text : out.toString();
  }

  /** The position among a text's words (starting at {@code starts}) of the word starting at {@code offset}. */
  private static int wordsBefore(List<Integer> starts, int offset) {
    int index = 0;
    while (index < starts.size() && starts.get(index) < offset) {
      index++;
    }
    return index;
  }

  /**
   * Whether {@code text} writes {@code number} outside the span from {@code start} to {@code end}, as a number of its own
   * or an ordinal ("13th research institute (cetc 13)"): the parenthesized number then repeats the unit's number.
   */
  private static boolean carriesNumberOutside(String text, String number, int start, int end) {
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      if ((m.end() <= start || m.start() >= end) && withoutLeadingZeros(m.group()).equals(withoutLeadingZeros(number))) {
        return true;
      }
    }
    return false;
  }

  /** "013" is 13. */
  private static String withoutLeadingZeros(String digits) {
    int first = 0;
    while (first < digits.length() - 1 && digits.charAt(first) == '0') {
      first++;
    }
    return digits.substring(first);
  }

  /**
   * Whether a run of words other than the acronym's own (from {@code first} to {@code last}) spells {@code acronym} as
   * {@code spelling} allows.
   */
  private static boolean abbreviatesOthers(String acronym, int first, int last, List<String> words,
      Spelling spelling) {
    Speller speller = new Speller(acronym, first, words, spelling);
    for (int start = 0; start < words.size(); start++) {
      if ((start < first || start > last) && speller.spells(0, start, spelling.skips())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Spells an acronym from a name's words, remembering where it cannot go on from, so that a name costs its words times
   * the acronym's letters at most, whatever it writes.
   */
  private static final class Speller {
    private final String acronym;
    private final int self;
    private final List<String> words;
    private final Spelling spelling;
    /** Whether the words from k on cannot spell the acronym from a letter on, by letter, k and skips left. */
    private final boolean[] cannot;

    Speller(String acronym, int self, List<String> words, Spelling spelling) {
      this.acronym = acronym;
      this.self = self;
      this.words = words;
      this.spelling = spelling;
      this.cannot = new boolean[(acronym.length() + 1) * (words.size() + 1) * (spelling.skips() + 1)];
    }

    /** Whether the words from {@code k} on, up to the acronym's own, spell the acronym from {@code letter} on. */
    boolean spells(int letter, int k, int skips) {
      if (letter == acronym.length()) {
        return true;
      }
      if (k == words.size() || k == self) {
        return false;
      }
      int state = (letter * (words.size() + 1) + k) * (spelling.skips() + 1) + skips;
      if (cannot[state]) {
        return false;
      }
      String word = words.get(k);
      int most = Math.min(spelling.lettersPerWord(), Math.min(word.length(), acronym.length() - letter));
      for (int taken = 1; taken <= most && word.charAt(taken - 1) == acronym.charAt(letter + taken - 1); taken++) {
        if (spells(letter + taken, k + 1, skips)) {
          return true;
        }
      }
      boolean spelt = letter > 0 && SKIPPED.contains(word) && spells(letter, k + 1, skips)
          || letter > 0 && skips > 0 && spells(letter, k + 1, skips - 1);
      cannot[state] = !spelt;
      return spelt;
    }
  }
}
