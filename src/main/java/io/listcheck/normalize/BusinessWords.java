package io.listcheck.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Generic business and place words ({@code generic-words.txt}, {@code localities.txt}) and spelling variants of
 * business words ({@code word-variants.txt}), all written for listcheck.
 */
public final class BusinessWords {
  private static final Map<String, String> CANONICAL = loadVariants();
  private static final Set<String> LOCALITIES = loadWords("localities.txt");
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
  /** Words that only occur in legal forms; shorter than this, two letters changed in them make another word. */
  private static final Set<String> LEGAL_ONLY = legalOnly();
  private static final int TWO_TYPOS_LEGAL_WORD = 10;
  /** Words this far apart by Jaro-Winkler are never within two typing errors of each other; skip the edit count. */
  private static final double EDIT_CHECK_FLOOR = 0.75;
  /**
   * Answers for tokens already seen: lists and vendor files repeat their words, and the dictionary scan is the
   * costliest step of analysing a name. Bounded so that millions of distinct tokens cannot exhaust memory.
   */
  private static final Map<String, String> CORRECTIONS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int CORRECTIONS_CACHED = 200_000;

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
   * typing errors the shorter word may carry (one, two from ten letters; closest by Jaro-Winkler), and not a shorter
   * word that only lacks two or more letters ("jiang" is not "jiangxi"). Only tokens of five or more letters are
   * corrected, under seven letters only for a missing or a swapped letter, and only towards business, place and
   * legal-form words.
   */
  public static String corrected(String token) {
    String known = CORRECTIONS.get(token);
    if (known != null) {
      return known;
    }
    String corrected = correct(token);
    if (CORRECTIONS.size() < CORRECTIONS_CACHED) {
      CORRECTIONS.put(token, corrected);
    }
    return corrected;
  }

  private static String correct(String token) {
    if (token.length() < CORRECTABLE_LENGTH || CANONICAL.containsKey(token) || GENERIC.contains(token)
        || LegalForms.isLegalForm(token) || LegalForms.words().contains(token)) {
      return token;
    }
    String best = token;
    double bestSimilarity = 0;
    // every word within two typing errors, in dictionary order, so that ties go to the same word as a full scan
    for (int id : DICTIONARY_TYPOS.candidates(token)) {
      String word = DICTIONARY[id];
      if (word.charAt(0) != token.charAt(0)) {
        continue;
      }
      int lengthDifference = Math.abs(word.length() - token.length());
      boolean prefix = word.startsWith(token) || token.startsWith(word);
      if (token.length() < SUBSTITUTION_LENGTH && word.length() != token.length() + 1 && !swapped(token, word)) {
        continue;
      }
      if (lengthDifference <= 2 && !(prefix && lengthDifference >= 2)) {
        double similarity = JaroWinkler.similarity(token, word);
        int allowed = EditDistance.allowedTypos(Math.min(token.length(), word.length()));
        if (LEGAL_ONLY.contains(word) && word.length() == token.length() && word.length() < TWO_TYPOS_LEGAL_WORD) {
          allowed = Math.min(allowed, 1); // two letters changed: "otkritie" (a bank) is not "otkrytoe" (open, as in OAO)
        }
        if (similarity >= EDIT_CHECK_FLOOR && EditDistance.bounded(token, word, allowed) <= allowed
            && similarity > bestSimilarity) {
          best = word;
          bestSimilarity = similarity;
        }
      }
    }
    return best;
  }

  /** The same letters with two neighbours swapped. */
  private static boolean swapped(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = 0;
    while (first < a.length() && a.charAt(first) == b.charAt(first)) {
      first++;
    }
    return first + 1 < a.length() && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
        && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
  }

  private static Set<String> legalOnly() {
    Set<String> words = new HashSet<>(LegalForms.words());
    words.removeAll(GENERIC);
    words.removeAll(CANONICAL.values());
    words.removeAll(CANONICAL.keySet());
    return Set.copyOf(words);
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

  public static boolean isStopword(String token) {
    return STOPWORDS.contains(token);
  }
}
