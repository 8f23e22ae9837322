package io.listcheck.quality;

import io.listcheck.normalize.LegalForms;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes the variant spellings vendor masters use for a listed name. Deterministic for a given seed. */
final class Variants {
  /** Legal-form rewrites as vendors make them; the first that applies is used. */
  private static final String[][] LEGAL_FORM_SWAPS = {
      {"CO\\.,? ?LTD\\.?", "Company Limited"}, {"COMPANY LIMITED", "Co., Ltd."},
      {"LIMITED LIABILITY COMPANY", "OOO"}, {"LIMITED", "Ltd"},
      {"LTD\\.?", "Limited"}, {"CORPORATION", "Corp."}, {"CORP\\.?", "Corporation"},
      {"PUBLIC JOINT STOCK COMPANY", "PJSC"}, {"OPEN JOINT[- ]STOCK COMPANY", "OAO"},
      {"CLOSED JOINT[- ]STOCK COMPANY", "ZAO"}, {"JOINT[- ]STOCK COMPANY", "JSC"},
      {"OOO", "LLC"}, {"LLC", "Limited Liability Company"},
      {"INC\\.?", "Incorporated"}, {"COMPANY", "Co."}, {"OJSC", "Open Joint Stock Company"},
      {"PJSC", "Public Joint Stock Company"}, {"JSC", "Joint Stock Company"}, {"OAO", "OJSC"}, {"ZAO", "CJSC"},
      {"PAO", "PJSC"}, {"AO", "JSC"}, {"GMBH", "Gesellschaft mit beschränkter Haftung"}, {"AG", "Aktiengesellschaft"},
      {"S\\.A\\.", "SA"}, {"B\\.V\\.", "BV"}, {"PLC", "Public Limited Company"}};
  private static final String[][] ABBREVIATIONS = {
      {"TECHNOLOGIES", "Tech"}, {"TECHNOLOGY", "Tech"}, {"INTERNATIONAL", "Intl"}, {"CORPORATION", "Corp"},
      {"MANUFACTURING", "Mfg"}, {"COMPANY", "Co"}, {"LIMITED", "Ltd"}, {"COMMUNICATIONS", "Comms"},
      {"INDUSTRIES", "Inds"}, {"HOLDINGS", "Hldgs"}, {"GROUP", "Grp"}, {"SCIENCE", "Sci"}, {"NATIONAL", "Natl"},
      {"DEVELOPMENT", "Dev"}, {"ENGINEERING", "Engg"}, {"INSTITUTE", "Inst"}, {"UNIVERSITY", "Univ"},
      {"ELECTRONICS", "Elec"}, {"CONSTRUCTION", "Constr"}};
  /** Words that belong to the legal form they precede ("Public Joint Stock Company"): moved with it. */
  private static final java.util.Set<String> LEGAL_FORM_QUALIFIERS =
      java.util.Set.of("public", "open", "closed", "private", "commercial");
  private static final String[] KEYBOARD_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final NameNormalizer NORMALIZER = new NameNormalizer();

  private final Random random;

  Variants(long seed) {
    this.random = new Random(seed);
  }

  Optional<String> legalFormSwap(String name) {
    for (String[] swap : LEGAL_FORM_SWAPS) {
      Matcher m = wordPattern(swap[0]).matcher(name);
      if (m.find()) {
        return Optional.of(m.replaceFirst(Matcher.quoteReplacement(swap[1])));
      }
    }
    return Optional.of(name + " LLC");
  }

  Optional<String> abbreviate(String name) {
    String out = name;
    for (String[] abbreviation : ABBREVIATIONS) {
      out = wordPattern(abbreviation[0]).matcher(out).replaceAll(abbreviation[1]);
    }
    return out.equals(name) ? Optional.empty() : Optional.of(out);
  }

  /** Punctuation dropped, hyphens spaced, case changed; or, for names without punctuation, a hyphen added. */
  String punctuation(String name) {
    String stripped = name.replaceAll("[.,'()\"]", "").replace('-', ' ').replaceAll("\\s+", " ").strip();
    if (!stripped.equals(name)) {
      return stripped.toLowerCase(Locale.ROOT);
    }
    int space = name.indexOf(' ');
    return space < 0 ? name.toLowerCase(Locale.ROOT) + "." : name.substring(0, space) + "-" + name.substring(space + 1);
  }

  /**
   * The identifying words rotated (the first moved last), legal-form words kept together at the end; a word between
   * two legal-form words is one of the form ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU", "Sp. z o.o."), and so is
   * every word of a legal form of several words ("FEDERAL STATE UNITARY ENTERPRISE"). Initials at the start move as
   * one ("T N K FABRICS" becomes "FABRICS T N K"): a vendor reorders words, not the letters of an acronym.
   */
  Optional<String> wordOrder(String name) {
    String[] words = name.strip().split("\\s+");
    boolean[] legalWord = new boolean[words.length];
    for (int i = 0; i < words.length; i++) {
      String folded = NORMALIZER.fold(words[i]);
      legalWord[i] = !folded.isEmpty() && !folded.contains(" ") && (LegalForms.isLegalForm(folded)
          || LegalForms.isLegalFormWord(folded) || LEGAL_FORM_QUALIFIERS.contains(folded));
    }
    markLegalFormsOfSeveralWords(words, legalWord);
    List<String> core = new ArrayList<>();
    List<String> legal = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      boolean inForm = legalWord[i] || i > 0 && i + 1 < words.length && legalWord[i - 1] && legalWord[i + 1];
      (inForm ? legal : core).add(words[i].replaceAll(",$", ""));
    }
    int initials = 0;
    while (initials < core.size() && core.get(initials).replace(".", "").length() == 1) {
      initials++;
    }
    int moved = Math.max(1, initials);
    if (core.size() - moved < 1 || core.size() < 2) {
      return Optional.empty();
    }
    List<String> rotated = new ArrayList<>(core.subList(moved, core.size()));
    rotated.addAll(core.subList(0, moved));
    rotated.addAll(legal);
    return Optional.of(String.join(" ", rotated));
  }

  /** Marks the words of each legal form of two to six words, as the normalizer reads the words together. */
  private static void markLegalFormsOfSeveralWords(String[] words, boolean[] legalWord) {
    for (int from = 0; from < words.length; from++) {
      for (int to = Math.min(words.length, from + 6); to >= from + 2; to--) {
        List<TokenKind> kinds = NORMALIZER.analyze(String.join(" ", Arrays.copyOfRange(words, from, to))).kinds();
        if (!kinds.isEmpty() && kinds.stream().allMatch(k -> k == TokenKind.LEGAL_FORM)) {
          Arrays.fill(legalWord, from, to, true);
          break;
        }
      }
    }
  }

  /** {@code edits} typing errors (substitution by a neighbouring key, transposition, deletion, doubling) in the longest word. */
  Optional<String> typo(String name, int edits) {
    String[] words = name.split(" ");
    int longest = -1;
    for (int i = 0; i < words.length; i++) {
      if (words[i].matches("[A-Za-z]{5,}") && (longest < 0 || words[i].length() > words[longest].length())) {
        longest = i;
      }
    }
    if (longest < 0 || (edits > 1 && words[longest].length() < 8)) {
      return Optional.empty();
    }
    StringBuilder word = new StringBuilder(words[longest]);
    for (int e = 0; e < edits; e++) {
      int at = 1 + random.nextInt(word.length() - 2);
      switch (random.nextInt(4)) {
        case 0 -> word.setCharAt(at, neighbourKey(word.charAt(at)));
        case 1 -> {
          char c = word.charAt(at);
          word.setCharAt(at, word.charAt(at + 1));
          word.setCharAt(at + 1, c);
        }
        case 2 -> word.deleteCharAt(at);
        default -> word.insert(at, word.charAt(at));
      }
    }
    words[longest] = word.toString();
    return Optional.of(String.join(" ", words));
  }

  /** The key to the right of {@code c}'s, or to its left at the end of a row: never a key on another row's end. */
  static char neighbourKey(char c) {
    char lower = Character.toLowerCase(c);
    for (String row : KEYBOARD_ROWS) {
      int i = row.indexOf(lower);
      if (i >= 0) {
        char next = row.charAt(i + 1 < row.length() ? i + 1 : i - 1);
        return Character.isUpperCase(c) ? Character.toUpperCase(next) : next;
      }
    }
    throw new IllegalArgumentException("not a letter: " + c);
  }

  private static Pattern wordPattern(String regex) {
    return Pattern.compile("(?<![A-Za-z])" + regex + "(?![A-Za-z])", Pattern.CASE_INSENSITIVE);
  }
}
