package io.listcheck.match;

import io.listcheck.normalize.AnalyzedName;
import io.listcheck.normalize.BusinessWords;
import io.listcheck.normalize.TokenKind;
import java.util.function.Function;

/** A supplier name analysed once per screening, with the weights the lists give its tokens. */
final class Query {
  final AnalyzedName analyzed;
  final String[] tokens;
  final TokenKind[] kinds;
  final double[] weights;
  /** Whether a listed name uses the token; only a word none uses is compared with listed words as written. */
  final boolean[] listed;
  /**
   * Per token no listed name uses, the supplier's word as written where the normaliser read it as that token alone
   * ({@link WrittenForm}); null elsewhere.
   */
  final String[] written;
  final String[] joinedPairs;
  final double totalWeight;

  /**
   * @param writtenFormsOf the supplier name's {@link WrittenForm}s; asked only when a token is unlisted, as most
   *     supplier names on the hot path have none to use
   */
  Query(AnalyzedName analyzed, TokenWeights weightsOf, Function<AnalyzedName, WrittenForm[]> writtenFormsOf) {
    this.analyzed = analyzed;
    int n = analyzed.tokens().size();
    tokens = analyzed.tokens().toArray(new String[0]);
    kinds = analyzed.kinds().toArray(new TokenKind[0]);
    weights = new double[n];
    listed = new boolean[n];
    double total = 0;
    boolean anyUnlisted = false;
    for (int i = 0; i < n; i++) {
      listed[i] = weightsOf.isListed(tokens[i]);
      anyUnlisted |= !listed[i];
      if (kinds[i] == TokenKind.NAME && !listed[i]) {
        // no listed name uses the word: a misspelt business or legal-form word ("Limited Liaabilty Company", "Grop")
        // weighs as what it most likely is, not as much as the rarest listed word against every listed name
        kinds[i] = BusinessWords.resembledKind(tokens[i]).orElse(TokenKind.NAME);
      }
      weights[i] = weightsOf.of(tokens[i], kinds[i]);
      total += weights[i];
    }
    totalWeight = total;
    written = new String[n];
    for (WrittenForm form : anyUnlisted ? writtenFormsOf.apply(analyzed) : WrittenForm.NONE) {
      if (form.span() == 1 && !listed[form.from()]) {
        written[form.from()] = form.word();
      }
    }
    joinedPairs = new String[Math.max(0, n - 1)];
    for (int i = 0; i + 1 < n; i++) {
      joinedPairs[i] = tokens[i] + tokens[i + 1];
    }
  }
}
