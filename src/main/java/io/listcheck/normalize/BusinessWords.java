package io.listcheck.normalize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Generic business and place words ({@code generic-words.txt}) and spelling variants of business words
 * ({@code word-variants.txt}), both written for listcheck.
 */
public final class BusinessWords {
  private static final Map<String, String> CANONICAL = loadVariants();
  private static final Set<String> GENERIC = loadGeneric();
  private static final Set<String> STOPWORDS = Set.of(
      "and", "of", "the", "for", "in", "at", "on", "by", "und", "et", "de", "der", "des", "du", "la", "le", "les",
      "el", "los", "las", "del");

  private BusinessWords() {}

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
    Set<String> words = new HashSet<>();
    for (String line : Resources.lines("generic-words.txt")) {
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

  public static boolean isStopword(String token) {
    return STOPWORDS.contains(token);
  }
}
