package io.listcheck.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads transliterated Russian names the way US lists translate them: business words become English
 * ({@code russian-words.txt}: "priborostroitelnyy zavod" is "instrument making plant"), place adjectives become the
 * place ({@code russian-places.txt}: "muromskiy" is "murom"), and the adjective endings that romanisation systems
 * spell differently agree ("severnyy", "severniy" and "severny" are "severny"). Applied to every name, Latin or not,
 * so that a list's own transliteration ("Zavod", "Dubnensky") meets the same words.
 */
final class RussianWords {
  /** The longest case ending a stem of {@link #PREFIX_STEM} or more letters may carry. */
  private static final int INFLECTION = 4;
  private static final int PREFIX_STEM = 5;
  /** Stems this long are recognised with typing errors; shorter Russian stems differ from other words by a letter. */
  private static final int TYPO_STEM = 9;
  private static final Set<String> ENDINGS = Set.of("", "a", "e", "i", "o", "u", "y", "ya", "yu", "ye", "yi", "yy",
      "iy", "ii", "ij", "yj", "aya", "oye", "oe", "ogo", "ego", "oy", "oi", "oj", "ey", "ei", "ykh", "ikh", "iye", "ie",
      "iya", "om", "em", "ym", "im", "ov", "ev", "am", "ami", "akh", "yam", "yakh", "omu", "yye", "yh", "ih");
  private static final Pattern PLACE_ADJECTIVE = Pattern.compile(
      "([a-z]{2,}?)sk(iy|ii|yy|ij|y|i|aya|aja|aia|ya|oye|oe|oie|ogo|oy|oi|oj|om|ikh|ykh|iye|ie|ye|iya|ikh)");
  private static final int PLACE_ADJECTIVE_LENGTH = 6;
  private static final int PLACE_STEM = 4;
  /** "-iy", "-yy", "-ij", "-oi": BGN, passport and GOST spellings of the same adjective ending, read as "-y". */
  private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?<=[a-z]{3})(?:iy|yy|ij|yj|(?<=o)i)$");
  private static final int ENDING_LENGTH = 6;
  private static final int SHORT_ADJECTIVE = 3;
  /**
   * "и" (and) and the prepositions "по", "на", "при", in Cyrillic and as romanised: English list names leave them out
   * ("Завод по ремонту" is "Repair Plant"), so both spellings drop them between words.
   */
  static final Map<String, String> LINKING_WORDS = Map.of("и", "i", "по", "po", "на", "na", "при", "pri");
  private static final Set<String> ROMANISED_LINKING_WORDS = Set.copyOf(LINKING_WORDS.values());
  private static final int LINKED_WORD = 3;

  /**
   * Russian word beginnings that English spells another way in the same word ("gidromash" is "Hydromash",
   * "elektron" "electron", "tekhnopolis" "technopolis"); only in words of {@link #ENDING_LENGTH} or more letters.
   */
  private static final Map<String, String> PREFIXES = Map.of("gidro", "hydro", "elektro", "electro", "tekhno", "techno");

  /** A phrase's stems and its English renderings, the one most lists print first. */
  private record Phrase(String[] stems, List<String> renderings) {
    String russian() {
      return String.join(" ", stems);
    }
  }

  /**
   * Another English rendering of a Russian phrase, read wherever the phrase stands in a name: lists translate the same
   * word differently ("obyedineniye" is "association" in most listings and "union" in some), so a Cyrillic name is also
   * screened with each other rendering.
   */
  record Rendering(String russian, String english) {}

  /** Phrases by their first stem's first three letters (or the whole stem when shorter), longest phrase first. */
  private static final Map<String, List<Phrase>> PHRASES = loadPhrases();
  /**
   * Each place of {@code russian-places.txt} by the {@link Romanisation#commonSpelling} of its adjective's stem, so
   * that every romanisation of the adjective finds it: "omsk" by "om", "murom" by "murom", "yaroslavl" by "yaroslav"
   * ("Iaroslavskii", "Yaroslavskiy").
   */
  private static final Map<String, String> PLACES_BY_STEM = new HashMap<>();

  static {
    for (String line : Resources.lines("russian-places.txt")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        for (String place : line.split("\\s+")) {
          String stem = place.endsWith("sk") ? place.substring(0, place.length() - 2) : place;
          PLACES_BY_STEM.putIfAbsent(Romanisation.commonSpelling(stem), place);
        }
      } else {
        PLACES_BY_STEM.put(Romanisation.commonSpelling(line.substring(0, colon).strip()), line.substring(colon + 1).strip());
      }
    }
  }

  private RussianWords() {}

  private static Map<String, List<Phrase>> loadPhrases() {
    Map<String, List<Phrase>> phrases = new HashMap<>();
    for (String line : Resources.lines("russian-words.txt")) {
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IllegalStateException("russian-words.txt: expected 'stems<TAB>English' in: " + line);
      }
      String[] stems = parts[0].strip().split(" ");
      for (int k = 0; k < stems.length; k++) {
        stems[k] = Romanisation.commonSpelling(stems[k]);
      }
      List<String> renderings = List.of(parts[1].strip().split("\\s*\\|\\s*"));
      phrases.computeIfAbsent(key(stems[0]), k -> new ArrayList<>()).add(new Phrase(stems, renderings));
    }
    phrases.values().forEach(list -> list.sort((a, b) -> a.stems.length != b.stems.length
        ? b.stems.length - a.stems.length : String.join("", b.stems).length() - String.join("", a.stems).length()));
    return phrases;
  }

  /**
   * {@code tokens} without the Russian "i" (and) and the prepositions "po", "na", "pri" where a romanised name has them
   * between two words ("Agentstvo po strakhovaniyu", "Kreditov i investitsiy"): a name written in Cyrillic loses them
   * before romanisation ({@code NameNormalizer}), and a listed romanisation must read the same. Only in a name that has
   * a Russian word of the table, and only between words of {@value #LINKED_WORD} letters or more: "Fund I LP" has a
   * numeral, "imeni A I Berga" initials.
   */
  static List<String> withoutLinkingWords(List<String> tokens) {
    List<String> kept = null;
    for (int i = 1; i + 1 < tokens.size(); i++) {
      if (ROMANISED_LINKING_WORDS.contains(tokens.get(i)) && tokens.get(i - 1).length() >= LINKED_WORD
          && tokens.get(i + 1).length() >= LINKED_WORD && (kept != null || hasTableWord(tokens))) {
        if (kept == null) {
          kept = new ArrayList<>(tokens.subList(0, i));
        }
        continue;
      }
      if (kept != null) {
        kept.add(tokens.get(i));
      }
    }
    if (kept == null) {
      return tokens;
    }
    kept.add(tokens.get(tokens.size() - 1));
    return kept;
  }

  private static boolean hasTableWord(List<String> tokens) {
    List<String> spelt = tableSpelling(tokens);
    for (int i = 0; i < spelt.size(); i++) {
      if (phraseAt(spelt, i, false) != null) {
        return true;
      }
    }
    return false;
  }

  private static String key(String word) {
    return word.length() < 3 ? word : word.substring(0, 3);
  }

  /**
   * Each of the words in its {@link Romanisation#commonSpelling}, the spelling the tables are read under whichever
   * romanisation a name uses; read once per name: {@code words} itself when none changes.
   */
  private static List<String> tableSpelling(List<String> words) {
    List<String> spelt = null;
    for (int i = 0; i < words.size(); i++) {
      String word = Romanisation.commonSpelling(words.get(i));
      if (spelt == null && !word.equals(words.get(i))) {
        spelt = new ArrayList<>(words.subList(0, i));
      }
      if (spelt != null) {
        spelt.add(word);
      }
    }
    return spelt == null ? words : spelt;
  }

  /**
   * {@code tokens} with Russian business words in English (in their first rendering, or in {@code other} where it is
   * another rendering of the phrase), place adjectives as places and adjective endings agreed; each rewritten word is
   * recorded in {@code notes} ("zavod=plant"), and the other renderings of the phrases read are added to {@code others}
   * when it is not null.
   */
  static List<String> rewrite(List<String> tokens, List<String> notes, Rendering other, Set<Rendering> others) {
    List<String> out = new ArrayList<>(tokens.size() + 4);
    List<String> spelt = tableSpelling(tokens);
    int i = 0;
    while (i < tokens.size()) {
      Phrase phrase = phraseAt(spelt, i, true);
      if (phrase != null) {
        List<String> words = tokens.subList(i, i + phrase.stems.length);
        String english = other != null && other.russian.equals(phrase.russian()) ? other.english
            : phrase.renderings.get(0);
        if (!String.join(" ", words).equals(english)) {
          notes.add(String.join(" ", words) + "=" + english);
        }
        if (others != null) {
          phrase.renderings.stream().skip(1).forEach(r -> others.add(new Rendering(phrase.russian(), r)));
        }
        out.addAll(List.of(english.split(" ")));
        i += phrase.stems.length;
        continue;
      }
      String token = tokens.get(i++);
      String rewritten = spelling(token);
      if (!rewritten.equals(token)) {
        notes.add(token + "=" + rewritten);
      }
      out.addAll(List.of(rewritten.split(" ")));
    }
    return out;
  }

  /**
   * The phrase of most words at {@code start} of {@code tokens} (in their {@link Romanisation#commonSpelling}), spelt
   * as listed before any with typing errors: a correct spelling of one stem ("obyedinennaya", united) is never read as
   * a misspelling of another ("obyedineniye", association), while a misspelt two-word phrase ("nauchno
   * poizvodstvennoe") still wins over its correct first word alone. Without {@code typosToo}, only phrases spelt as
   * listed.
   */
  private static Phrase phraseAt(List<String> tokens, int start, boolean typosToo) {
    List<Phrase> candidates = PHRASES.getOrDefault(key(tokens.get(start)), List.of());
    for (int from = 0, to; from < candidates.size(); from = to) {
      to = from;
      while (to < candidates.size() && candidates.get(to).stems.length == candidates.get(from).stems.length) {
        to++;
      }
      for (boolean typos : typosToo ? new boolean[] {false, true} : new boolean[] {false}) {
        for (Phrase phrase : candidates.subList(from, to)) {
          if (start + phrase.stems.length <= tokens.size() && matches(phrase, tokens, start, typos)) {
            return phrase;
          }
        }
      }
    }
    return null;
  }

  private static boolean matches(Phrase phrase, List<String> tokens, int start, boolean typos) {
    for (int k = 0; k < phrase.stems.length; k++) {
      if (!inflects(phrase.stems[k], tokens.get(start + k), typos)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word is the stem, or a stem of five or more letters with a case ending; a stem of {@link #TYPO_STEM} or more
   * letters also, if {@code typos}, with the typing errors its length allows ("proizvodstvemnnoe", "mashinostroiteelnyi").
   */
  private static boolean inflects(String stem, String word, boolean typos) {
    if (word.equals(stem) || (stem.length() >= PREFIX_STEM && word.startsWith(stem)
        && word.length() - stem.length() <= INFLECTION)) {
      return true;
    }
    int allowed = typos && stem.length() >= TYPO_STEM ? EditDistance.allowedTypos(stem.length()) : 0;
    for (int length = stem.length() - allowed; allowed > 0 && length <= stem.length() + allowed; length++) {
      if (length <= word.length() && isEnding(word.substring(length))
          && EditDistance.bounded(word.substring(0, length), stem, allowed) <= allowed) {
        return true;
      }
    }
    return false;
  }

  /**
   * A place adjective as its place, or the adjective ending in one spelling; other words, and words the word-variant
   * table knows ("neftekhimicheskaya" is "petrochemical"), unchanged.
   */
  private static String spelling(String token) {
    if (!BusinessWords.canonical(token).equals(token)) {
      return token;
    }
    if (token.length() >= PLACE_ADJECTIVE_LENGTH) {
      Matcher adjective = PLACE_ADJECTIVE.matcher(token);
      // "-icheskiy" adjectives ("analiticheskiy") describe a trade, not a place
      if (adjective.matches() && !adjective.group(1).endsWith("ich") && !adjective.group(1).endsWith("che")) {
        String stem = adjective.group(1);
        String place = PLACES_BY_STEM.get(Romanisation.commonSpelling(stem));
        if (place != null) {
          return place;
        }
        if (stem.length() >= PLACE_STEM) {
          return stem + "sk";
        }
      }
    }
    if (token.length() < ENDING_LENGTH) {
      // only Russian adjectives end in "yy": "novyy" is the "Novy" of "Novy Svet"
      return token.length() > SHORT_ADJECTIVE && token.endsWith("yy") ? token.substring(0, token.length() - 1) : token;
    }
    return ADJECTIVE_ENDING.matcher(englishPrefix(token)).replaceFirst("y");
  }

  /**
   * A Russian case ending, possibly after the "n" of an adjective in -nyy: what may follow a misspelt stem, so that a
   * brand built on a stem ("Elektronintorg") is not read as the business word.
   */
  private static boolean isEnding(String rest) {
    String ending = rest.length() > 1 && rest.charAt(0) == 'n' ? rest.substring(1) : rest;
    return ENDINGS.contains(ending);
  }

  private static String englishPrefix(String token) {
    for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
      if (token.startsWith(prefix.getKey())) {
        return prefix.getValue() + token.substring(prefix.getKey().length());
      }
    }
    return token;
  }
}
