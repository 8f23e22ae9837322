package io.listcheck.normalize;

import java.util.List;

/**
 * A name ready to compare: folded tokens with their kinds, plus what was done to get there.
 *
 * @param folded the folded form ({@link NameNormalizer#fold}), before legal forms and word variants were set aside
 * @param tokens comparable tokens; legal forms canonical, word variants canonical, stopwords gone
 * @param kinds the kind of each token, index for index
 * @param transliteration what script conversion happened, for the explanation; empty for plain Latin input
 */
public record AnalyzedName(String folded, List<String> tokens, List<TokenKind> kinds, String transliteration) {
  public AnalyzedName {
    tokens = List.copyOf(tokens);
    kinds = List.copyOf(kinds);
    if (tokens.size() != kinds.size()) {
      throw new IllegalArgumentException("one kind per token");
    }
  }

  public boolean isEmpty() {
    return tokens.isEmpty();
  }

  /**
   * The tokens that are not legal forms, joined without spaces: equal keys mean the same name. A name of legal-form
   * words only (the alias "SE", "SL") is its own folded spelling instead, so it equals only itself, never another
   * name of legal forms ("OAO", "On Holding AG").
   */
  public String coreKey() {
    StringBuilder key = new StringBuilder();
    for (int i = 0; i < tokens.size(); i++) {
      if (kinds.get(i) != TokenKind.LEGAL_FORM) {
        key.append(tokens.get(i));
      }
    }
    return key.length() > 0 || tokens.isEmpty() ? key.toString() : "=" + folded.replace(" ", "");
  }
}
