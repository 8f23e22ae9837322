package io.listcheck.match;

import io.listcheck.normalize.TokenKind;
import java.util.function.ToIntFunction;

/**
 * How much a token says about who a company is, learnt from the lists: inverse document frequency over listed
 * entries, so "hikvision" (one entry) weighs several times "technology" (hundreds). Generic words and numbers
 * (series, branch and fund numbers) are capped, and legal forms weigh almost nothing, whatever their frequency.
 */
final class TokenWeights {
  static final double GENERIC_CAP = 0.35;
  static final double LEGAL_FORM = 0.05;

  private final ToIntFunction<String> entryFrequency;
  private final int entries;
  private final double unseen;

  /** {@code entryFrequency}: in how many entries' names a token occurs, 0 if in none. */
  TokenWeights(ToIntFunction<String> entryFrequency, int entries) {
    this.entryFrequency = entryFrequency;
    this.entries = Math.max(1, entries);
    this.unseen = Math.log(1 + this.entries);
  }

  /** The weight of a token nobody on the lists uses: the most a token can weigh. */
  double max() {
    return unseen;
  }

  /** Whether any listed name uses the token. */
  boolean isListed(String token) {
    return entryFrequency.applyAsInt(token) > 0;
  }

  double of(String token, TokenKind kind) {
    return of(entryFrequency.applyAsInt(token), kind);
  }

  /** The weight of a token of {@code kind} that occurs in {@code entryFrequency} entries' names. */
  double of(int entryFrequency, TokenKind kind) {
    return switch (kind) {
      case LEGAL_FORM -> LEGAL_FORM * unseen;
      case GENERIC, LOCALITY, NUMBER, HONOREE, INDUSTRY -> Math.min(idf(entryFrequency), GENERIC_CAP * unseen);
      case NAME -> idf(entryFrequency);
    };
  }

  private double idf(int entryFrequency) {
    return entryFrequency == 0 ? unseen : Math.log(1 + (double) entries / entryFrequency);
  }
}
