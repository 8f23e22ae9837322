package io.listcheck.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generic business and place words ({@code generic-words.txt}, {@code localities.txt}) and spelling variants of
 * business words ({@code word-variants.txt}), all written for listcheck.
 */
public final class BusinessWords {
  private static final Map<String, String> CANONICAL = loadVariants();
  private static final Set<String> LOCALITIES = loadWords("localities.txt");
  private static final Set<String> COUNTRIES = loadWords("countries.txt");
  private static final Set<String> GENERIC = loadGeneric();
  private static final Set<String> STOPWORDS = Set.of(
      "and", "of", "the", "for", "in", "at", "on", "by", "und", "et", "de", "der", "des", "du", "la", "le", "les",
      "el", "los", "las", "del");

  /** Dictionary words, sorted, to correct a misspelt business or legal word ("compnay", "liabilty"). */
  private static final String[] DICTIONARY = loadDictionary();
  /** The dictionary words within two typing errors of a token, without comparing it with every word. */
  private static final TypoIndex DICTIONARY_TYPOS = new TypoIndex(DICTIONARY, word -> true);
  private static final int CORRECTABLE_LENGTH = 5;
  /**
   * Below this length a word is corrected only for a missing letter or two swapped ones ("compay", "gropu"): one
   * letter changed makes another word as often as a typo ("intest" is not "invest", "shock" is not "stock").
   */
  private static final int SUBSTITUTION_LENGTH = 7;
  /** Shorter than this, a word two typing errors from a dictionary word is another word. */
  private static final int TWO_CHANGES_LENGTH = 10;
  /** Words this far apart by Jaro-Winkler are never within two typing errors of each other; skip the edit count. */
  private static final double EDIT_CHECK_FLOOR = 0.75;
  /** Answers for words already seen: the dictionary lookups are the costliest step of analysing a name. */
  private static final int WORDS_REMEMBERED = 200_000;
  private static final BoundedMemo<String> CORRECTIONS = new BoundedMemo<>(BusinessWords::correct, WORDS_REMEMBERED);
  private static final BoundedMemo<Optional<TokenKind>> RESEMBLED_KINDS =
      new BoundedMemo<>(BusinessWords::resembles, WORDS_REMEMBERED);

  private BusinessWords() {}

  private static String[] loadDictionary() {
    Set<String> words = new HashSet<>(GENERIC);
    words.addAll(CANONICAL.values());
    words.addAll(CANONICAL.keySet());
    words.addAll(LegalForms.words());
    return words.stream().filter(w -> w.length() >= CORRECTABLE_LENGTH - 1 && !w.contains(" ")).sorted()
        .toArray(String[]::new);
  }

  /**
   * The dictionary word a token misspells, or the token itself: same first letter, length within two, within the
   * typing errors the shorter word may carry (one, two from ten letters; the fewest errors, then the closest by
   * Jaro-Winkler), and not a shorter word that only lacks two or more letters ("jiang" is not "jiangxi"). Only tokens
   * of five or more letters are corrected, under seven letters only for a missing or a swapped letter, and only
   * towards business, place and legal-form words.
   */
  public static String corrected(String token) {
    return CORRECTIONS.get(token);
  }

  private static String correct(String token) {
    if (token.length() < CORRECTABLE_LENGTH || hasDigit(token) || CANONICAL.containsKey(token) || GENERIC.contains(token)
        || LegalForms.isLegalForm(token) || LegalForms.words().contains(token)) {
      return token;
    }
    String best = token;
    int bestEdits = Integer.MAX_VALUE;
    double bestSimilarity = 0;
    // every word within two typing errors, in dictionary order, so that ties go to the same word as a full scan
    for (int id : DICTIONARY_TYPOS.candidates(token)) {
      String word = DICTIONARY[id];
      if (word.charAt(0) != token.charAt(0)) {
        continue;
      }
      int lengthDifference = Math.abs(word.length() - token.length());
      boolean prefix = word.startsWith(token) || token.startsWith(word);
      if (token.length() < SUBSTITUTION_LENGTH && word.length() != token.length() + 1 && !EditDistance.isSwap(token, word)) {
        continue;
      }
      if (lengthDifference <= 2 && !(prefix && lengthDifference >= 2)) {
        double similarity = JaroWinkler.similarity(token, word);
        int shorter = Math.min(token.length(), word.length());
        // two typing errors in a word under ten letters make another word as often as a misspelling: "interfast" is
        // not "internat", "bakeries" not "batteries"; the few words of legal forms are the exception ("liabbility"),
        // unless both are the same length: "otkritie" (a bank) is not "otkrytoe" (open, as in OAO)
        boolean oneTypo = shorter < TWO_CHANGES_LENGTH
            && (word.length() == token.length() || !LegalForms.words().contains(word));
        int allowed = Math.min(EditDistance.allowedTypos(shorter), oneTypo ? 1 : TypoIndex.MAX_EDITS);
        int edits = similarity >= EDIT_CHECK_FLOOR ? EditDistance.bounded(token, word, allowed) : allowed + 1;
        // fewest typing errors first: "coporation" lacks one letter of "corporation", two of "cooperation"
        if (edits <= allowed && (edits < bestEdits || edits == bestEdits && similarity > bestSimilarity)) {
          best = word;
          bestEdits = edits;
          bestSimilarity = similarity;
        }
      }
    }
    return best;
  }

  /** "System1" is a name, not a misspelt "system". */
  private static boolean hasDigit(String token) {
    return token.chars().anyMatch(Character::isDigit);
  }

  /** Shorter than this, a word is too short to say which dictionary word it misspells. */
  private static final int RESEMBLING_LENGTH = 4;

  /**
   * The kind of the business, place or legal-form word that a token misspells, looser than {@link #corrected}: any
   * one typing error from four letters, two from eight, same first letter ("grop", "liaabilty", "servcies"). The
   * matcher asks this only of words no listed name uses, to weigh them as what they most likely are rather than as
   * the rarest listed word; the token itself is not changed.
   */
  public static Optional<TokenKind> resembledKind(String token) {
    return RESEMBLED_KINDS.get(token);
  }

  private static Optional<TokenKind> resembles(String token) {
    if (token.length() < RESEMBLING_LENGTH || hasDigit(token)) {
      return Optional.empty();
    }
    for (int id : DICTIONARY_TYPOS.candidates(token)) {
      String word = DICTIONARY[id];
      int allowed = Math.max(1, EditDistance.allowedTypos(Math.max(word.length(), token.length())));
      if (word.charAt(0) == token.charAt(0) && EditDistance.bounded(token, word, allowed) <= allowed) {
        boolean legal = LegalForms.isLegalForm(word) || LegalForms.isLegalFormWord(word);
        return Optional.of(legal ? TokenKind.LEGAL_FORM : TokenKind.GENERIC);
      }
    }
    return Optional.empty();
  }

  private static Map<String, String> loadVariants() {
    Map<String, String> map = new HashMap<>();
    for (String line : Resources.lines("word-variants.txt")) {
      int colon = line.indexOf(':');
      String canonical = line.substring(0, colon).strip();
      for (String variant : line.substring(colon + 1).split("\\|")) {
        map.put(new NameNormalizer().fold(variant), canonical);
      }
    }
    return map;
  }

  private static Set<String> loadGeneric() {
    Set<String> words = loadWords("generic-words.txt");
    words.addAll(LOCALITIES);
    words.addAll(COUNTRIES);
    return words;
  }

  private static Set<String> loadWords(String resource) {
    Set<String> words = new HashSet<>();
    for (String line : Resources.lines(resource)) {
      for (String word : line.split("\\s+")) {
        words.add(canonical(word));
      }
    }
    return words;
  }

  /** The canonical spelling of a word ("tech" and "technologies" are "technology"). */
  public static String canonical(String token) {
    return CANONICAL.getOrDefault(token, token);
  }

  /** Whether a (canonical) word is an industry word or a place rather than part of a company's identity. */
  public static boolean isGeneric(String token) {
    return GENERIC.contains(token);
  }

  /** Whether a word is a Chinese province or city of registration ({@code localities.txt}). */
  public static boolean isLocality(String token) {
    return LOCALITIES.contains(token);
  }

  /** Whether a (canonical) word is a country or region that qualifies a company's name ({@code countries.txt}). */
  public static boolean isCountry(String token) {
    return COUNTRIES.contains(token);
  }

  public static boolean isStopword(String token) {
    return STOPWORDS.contains(token);
  }
}
