package io.listcheck.match;

import io.listcheck.normalize.TokenKind;
import java.util.Map;

/**
 * How much a token says about who a company is, learnt from the lists: inverse document frequency over listed
 * entries, so "hikvision" (one entry) weighs several times "technology" (hundreds). Generic words and numbers
 * (series, branch and fund numbers) are capped, and legal forms weigh almost nothing, whatever their frequency.
 */
final class TokenWeights {
  static final double GENERIC_CAP = 0.35;
  static final double LEGAL_FORM = 0.05;

  private final Map<String, Integer> entryFrequency;
  private final int entries;
  private final double unseen;

  TokenWeights(Map<String, Integer> entryFrequency, int entries) {
    this.entryFrequency = Map.copyOf(entryFrequency);
    this.entries = Math.max(1, entries);
    this.unseen = Math.log(1 + this.entries);
  }

  /** The weight of a token nobody on the lists uses: the most a token can weigh. */
  double max() {
    return unseen;
  }

  /** Whether any listed name uses the token. */
  boolean isListed(String token) {
    return entryFrequency.containsKey(token);
  }

  double of(String token, TokenKind kind) {
    return switch (kind) {
      case LEGAL_FORM -> LEGAL_FORM * unseen;
      case GENERIC, LOCALITY, NUMBER, HONOREE -> Math.min(idf(token), GENERIC_CAP * unseen);
      case NAME -> idf(token);
    };
  }

  private double idf(String token) {
    Integer df = entryFrequency.get(token);
    return df == null ? unseen : Math.log(1 + (double) entries / df);
  }
}
