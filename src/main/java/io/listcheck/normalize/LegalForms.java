package io.listcheck.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legal-form table (resource {@code legal-forms.txt}, written for listcheck): "Co., Ltd.", "Company Limited",
 * "有限公司" and "ООО" are recognised as token sequences in folded names, longest first, and replaced by one
 * canonical form per class, so "ОАО Газпром" and "Gazprom JSC" agree on the form as well as the name.
 */
public final class LegalForms {
  private static final Set<String> WORDS = new HashSet<>();
  /**
   * Multi-word legal forms written with their words run together, to their canonical tokens: "sadecv" ("S.A.DE
   * C.V." without its dots), "spzoo" ("Sp. z o.o."), "coltd". Only forms of {@value #JOINED_LENGTH} letters or more,
   * so that no short word becomes a legal form by chance.
   */
  private static final Map<String, List<String>> JOINED = new HashMap<>();
  /** Every prefix of a key of {@link #JOINED}: a run of tokens is extended only while it can still become one. */
  private static final Set<String> JOINED_PREFIXES = new HashSet<>();
  private static final int JOINED_LENGTH = 5;
  /**
   * The second word of each legal form of three words or more, to the first words it follows ("stock" to "joint"):
   * such a form is recognised with its first word misspelt ("Joynt Stock Company"), because the words after it
   * leave no doubt which word was meant.
   */
  private static final Map<String, Set<String>> FIRST_WORDS = new HashMap<>();
  /** A misspelt first word must have this many letters, and be one typing error from the word it stands for. */
  private static final int MISSPELT_LENGTH = 5;
  /**
   * Each legal-form word of {@value #SPELT_ALIKE_LENGTH} letters or more to the alphabetically first word it spells
   * alike ({@link #spelling}): romanisations of one Russian form mix their words' spellings ("obshchestvo s ogranichennoi
   * otvetstvennostyu" as OFAC writes it, "... ogranichennoy otvetstvennostyu", "... ogranichennoi otvetstvennostiu"),
   * and a form is recognised in any mixture, not only in the mixtures the table lists.
   */
  private static final Map<String, String> SPELLINGS = new HashMap<>();
  private static final int SPELT_ALIKE_LENGTH = 8;
  /** Two long legal-form words this few edits apart, with the same first {@value #SAME_START} letters, spell one word. */
  private static final int SPELT_ALIKE_EDITS = 2;
  private static final int SAME_START = 3;
  private static final Node ROOT = load();
  /**
   * Words of legal forms that are also ordinary words: left over outside a complete legal form ("Open", "Public"),
   * they stay ordinary words.
   */
  private static final Set<String> ALSO_ORDINARY = Set.of(
      "open", "closed", "public", "private", "commercial", "bank", "state", "federal", "partnership", "de", "and",
      "s", "mit", "z", "company", "limited", "corporation", "group", "trust", "capital", "variable", "per", "enterprise", "institution", "science", "scientific", "autonomous");

  private LegalForms() {}

  /** A trie over folded tokens; a node that ends a variant knows its canonical tokens. */
  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    List<String> canonical;
  }

  private static Node load() {
    NameNormalizer folder = new NameNormalizer();
    List<Variant> variants = new ArrayList<>();
    for (String line : Resources.lines("legal-forms.txt")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException("legal-forms.txt: expected 'canonical: variants' in: " + line);
      }
      List<String> canonical = List.of(line.substring(0, colon).strip().split(" "));
      for (String variant : line.substring(colon + 1).split("\\|")) {
        String folded = folder.fold(variant);
        if (!folded.isEmpty()) {
          String[] tokens = folded.split(" ");
          variants.add(new Variant(tokens, canonical));
          WORDS.addAll(List.of(tokens));
        }
      }
    }
    groupSpellings();
    Node root = new Node();
    for (Variant variant : variants) {
      String[] tokens = variant.tokens();
      Node node = root;
      for (String token : tokens) {
        node = node.next.computeIfAbsent(spelling(token), k -> new Node());
      }
      if (node.canonical != null && !node.canonical.equals(variant.canonical())) {
        throw new IllegalStateException("legal-forms.txt: '" + String.join(" ", tokens) + "' spells both "
            + node.canonical + " and " + variant.canonical());
      }
      node.canonical = variant.canonical();
      addJoined(String.join("", tokens), tokens.length, variant.canonical());
      if (tokens.length >= 3 && tokens[0].length() >= MISSPELT_LENGTH) {
        FIRST_WORDS.computeIfAbsent(spelling(tokens[1]), k -> new HashSet<>()).add(tokens[0]);
      }
    }
    return root;
  }

  /** One spelling of a legal form in the table: its folded words and the canonical form it stands for. */
  private record Variant(String[] tokens, List<String> canonical) {}

  /** Fills {@link #SPELLINGS}, in alphabetical order so that the same word always stands for its spellings. */
  private static void groupSpellings() {
    List<String> longWords = WORDS.stream().filter(w -> w.length() >= SPELT_ALIKE_LENGTH).sorted().toList();
    for (int i = 0; i < longWords.size(); i++) {
      String word = longWords.get(i);
      if (SPELLINGS.containsKey(word)) {
        continue;
      }
      SPELLINGS.put(word, word);
      // sorted, the words that start alike follow one another
      for (int j = i + 1; j < longWords.size() && longWords.get(j).regionMatches(0, word, 0, SAME_START); j++) {
        String other = longWords.get(j);
        if (!SPELLINGS.containsKey(other) && EditDistance.bounded(word, other, SPELT_ALIKE_EDITS) <= SPELT_ALIKE_EDITS) {
          SPELLINGS.put(other, word);
        }
      }
    }
  }

  /** The spelling a legal-form word is known by in the trie: itself, or the word it spells alike. */
  private static String spelling(String token) {
    return SPELLINGS.getOrDefault(token, token);
  }

  private static void addJoined(String joined, int words, List<String> canonical) {
    if (words < 2 || joined.length() < JOINED_LENGTH) {
      return;
    }
    JOINED.put(joined, canonical);
    for (int k = 1; k <= joined.length(); k++) {
      JOINED_PREFIXES.add(joined.substring(0, k));
    }
  }

  /**
   * Whether a word only ever occurs as part of a legal form ("joint", "stock", "liability", "obshchestvo"): a
   * supplier who writes "Stock Company Gazprom Joint" still writes a legal form.
   */
  public static boolean isLegalFormWord(String token) {
    return WORDS.contains(token) && token.length() > 2 && !ALSO_ORDINARY.contains(token);
  }

  static Set<String> words() {
    return java.util.Collections.unmodifiableSet(WORDS);
  }

  public static boolean isLegalForm(String token) {
    Node node = ROOT.next.get(spelling(token));
    return node != null && node.canonical != null;
  }

  /**
   * Calls {@code sink} for each token of {@code tokens}, with legal forms replaced by their canonical tokens and
   * flagged.
   */
  static void rewrite(List<String> tokens, TokenSink sink) {
    int i = 0;
    while (i < tokens.size()) {
      Match match = longestFrom(ROOT, tokens, i);
      if (match == null) {
        match = withMisspeltFirstWord(tokens, i);
      }
      int joinedEnd = joinedEnd(tokens, i);
      if (joinedEnd > (match == null ? i : match.end())) {
        match = new Match(JOINED.get(joined(tokens, i, joinedEnd)), joinedEnd);
      }
      if (match == null) {
        sink.accept(tokens.get(i), false);
        i++;
      } else {
        for (String token : match.canonical()) {
          sink.accept(token, true);
        }
        i = match.end();
      }
    }
  }


  /**
   * The end of the longest run of tokens from {@code from} that spells a multi-word legal form with its words run
   * together or spaced differently ("sade cv", "sp z oo", "coltd"), or {@code from} when there is none.
   */
  private static int joinedEnd(List<String> tokens, int from) {
    int end = from;
    String run = tokens.get(from);
    for (int j = from; JOINED_PREFIXES.contains(run); ) {
      if (JOINED.containsKey(run)) {
        end = j + 1;
      }
      if (++j == tokens.size()) {
        break;
      }
      run = run + tokens.get(j);
    }
    return end;
  }

  /** A legal form found in a name: its canonical tokens and the position after its last word. */
  private record Match(List<String> canonical, int end) {}

  /**
   * A legal form of three words or more from {@code from} whose first word is misspelt by one typing error, same
   * first letter ("joynt stock company"), or null.
   */
  private static Match withMisspeltFirstWord(List<String> tokens, int from) {
    String word = tokens.get(from);
    Set<String> firstWords = from + 2 < tokens.size() && word.length() >= MISSPELT_LENGTH
        ? FIRST_WORDS.get(spelling(tokens.get(from + 1))) : null;
    if (firstWords == null) {
      return null;
    }
    for (String first : firstWords) {
      if (first.charAt(0) == word.charAt(0) && EditDistance.bounded(word, first, 1) <= 1) {
        Match match = longestFrom(ROOT.next.get(spelling(first)), tokens, from + 1);
        if (match != null && match.end() - from >= 3) {
          return match;
        }
      }
    }
    return null;
  }

  /** The longest legal form continuing from {@code node} with the tokens from {@code from}, or null. */
  private static Match longestFrom(Node node, List<String> tokens, int from) {
    Match longest = null;
    for (int j = from; j < tokens.size() && node != null; j++) {
      node = node.next.get(spelling(tokens.get(j)));
      if (node != null && node.canonical != null) {
        longest = new Match(node.canonical, j + 1);
      }
    }
    return longest;
  }

  private static String joined(List<String> tokens, int from, int to) {
    return String.join("", tokens.subList(from, to));
  }

  /** Receives rewritten tokens. */
  @FunctionalInterface
  interface TokenSink {
    void accept(String token, boolean legalForm);
  }

}
