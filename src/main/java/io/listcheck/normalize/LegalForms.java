package io.listcheck.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The legal-form table (resource {@code legal-forms.txt}, written for listcheck): "Co., Ltd.", "Company Limited",
 * "有限公司" and "ООО" are recognised as token sequences in folded names, longest first, and replaced by one
 * canonical form per class, so "ОАО Газпром" and "Gazprom JSC" agree on the form as well as the name.
 */
public final class LegalForms {
  private static final java.util.Set<String> WORDS = new java.util.HashSet<>();
  /**
   * Multi-word legal forms written with their words run together, to their canonical tokens: "sadecv" ("S.A.DE
   * C.V." without its dots), "spzoo" ("Sp. z o.o."), "coltd". Only forms of {@value #JOINED_LENGTH} letters or more,
   * so that no short word becomes a legal form by chance.
   */
  private static final Map<String, List<String>> JOINED = new HashMap<>();
  /** Every prefix of a key of {@link #JOINED}: a run of tokens is extended only while it can still become one. */
  private static final java.util.Set<String> JOINED_PREFIXES = new java.util.HashSet<>();
  private static final int JOINED_LENGTH = 5;
  private static final Node ROOT = load();
  /**
   * Words of legal forms that are also ordinary words: left over outside a complete legal form ("Open", "Public"),
   * they stay ordinary words.
   */
  private static final java.util.Set<String> ALSO_ORDINARY = java.util.Set.of(
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
    Node root = new Node();
    for (String line : Resources.lines("legal-forms.txt")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalStateException("legal-forms.txt: expected 'canonical: variants' in: " + line);
      }
      List<String> canonical = List.of(line.substring(0, colon).strip().split(" "));
      for (String variant : line.substring(colon + 1).split("\\|")) {
        String folded = folder.fold(variant);
        if (folded.isEmpty()) {
          continue;
        }
        Node node = root;
        String[] tokens = folded.split(" ");
        for (String token : tokens) {
          WORDS.add(token);
          node = node.next.computeIfAbsent(token, k -> new Node());
        }
        node.canonical = canonical;
        addJoined(String.join("", tokens), tokens.length, canonical);
      }
    }
    return root;
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

  static java.util.Set<String> words() {
    return java.util.Collections.unmodifiableSet(WORDS);
  }

  public static boolean isLegalForm(String token) {
    Node node = ROOT.next.get(token);
    return node != null && node.canonical != null;
  }

  /**
   * Calls {@code sink} for each token of {@code tokens}, with legal forms replaced by their canonical tokens and
   * flagged.
   */
  static void rewrite(List<String> tokens, TokenSink sink) {
    int i = 0;
    while (i < tokens.size()) {
      Node node = ROOT;
      List<String> found = null;
      int end = i;
      for (int j = i; j < tokens.size(); j++) {
        node = node.next.get(tokens.get(j));
        if (node == null) {
          break;
        }
        if (node.canonical != null) {
          found = node.canonical;
          end = j + 1;
        }
      }
      int joinedEnd = joinedEnd(tokens, i);
      if (joinedEnd > end) {
        found = JOINED.get(joined(tokens, i, joinedEnd));
        end = joinedEnd;
      }
      if (found == null) {
        sink.accept(tokens.get(i), false);
        i++;
      } else {
        for (String token : found) {
          sink.accept(token, true);
        }
        i = end;
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

  private static String joined(List<String> tokens, int from, int to) {
    return String.join("", tokens.subList(from, to));
  }

  /** Receives rewritten tokens. */
  @FunctionalInterface
  interface TokenSink {
    void accept(String token, boolean legalForm);
  }

}
