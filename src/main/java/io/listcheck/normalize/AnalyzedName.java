package io.listcheck.normalize;

import java.util.List;

/**
 * A name ready to compare: folded tokens with their kinds, plus what was done to get there.
 *
 * @param folded the folded form ({@link NameNormalizer#fold}), before legal forms and word variants were set aside
 * @param tokens comparable tokens; legal forms canonical, word variants canonical, stopwords gone
 * @param kinds the kind of each token, index for index
 * @param transliteration how the name was read where it was not taken as written, for the explanation: script
 *     conversion, Russian and Chinese words read, misspelt business words corrected, acronyms set aside; empty for a
 *     Latin name read as written
 */
public record AnalyzedName(String folded, List<String> tokens, List<TokenKind> kinds, String transliteration) {
  public AnalyzedName {
    tokens = List.copyOf(tokens);
    kinds = List.copyOf(kinds);
    if (tokens.size() != kinds.size()) {
      throw new IllegalArgumentException("one kind per token");
    }
  }

  /**
   * This name as an individual's: a person has no legal form, so a word the normalizer took for one is a part of the
   * name ("SA-ID", Sa'id, is two parts, not the legal form "SA" and "ID").
   */
  public AnalyzedName asPersonName() {
    if (!kinds.contains(TokenKind.LEGAL_FORM)) {
      return this;
    }
    List<TokenKind> nameKinds = kinds.stream().map(k -> k == TokenKind.LEGAL_FORM ? TokenKind.NAME : k).toList();
    return new AnalyzedName(folded, tokens, nameKinds, transliteration);
  }

  /**
   * This name as a Chinese legal name's reading: its generic words are the trade that such a name must carry
   * ({@link TokenKind#INDUSTRY}).
   */
  AnalyzedName asChineseLegalName() {
    if (!kinds.contains(TokenKind.GENERIC)) {
      return this;
    }
    List<TokenKind> tradeKinds = kinds.stream().map(k -> k == TokenKind.GENERIC ? TokenKind.INDUSTRY : k).toList();
    return new AnalyzedName(folded, tokens, tradeKinds, transliteration);
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
