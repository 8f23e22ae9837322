package io.listcheck.match;

import io.listcheck.normalize.TokenKind;

/**
 * One listed name or alias, analysed once when the index is built: tokens, their weights and kinds, and the
 * concatenations of neighbouring tokens ("tp"+"link") so a joined supplier word can meet them.
 */
final class IndexedName {
  /** Position of its entry in the index's {@link ListedEntries}. */
  final int entry;
  final String name;
  final String kindLabel;
  final String[] tokens;
  final TokenKind[] kinds;
  final double[] weights;
  final String[] joinedPairs;
  final String coreKey;
  final double totalWeight;
  /** The entry's listing extends to subsidiaries or affiliates, and this name has a distinctive token. */
  final boolean affiliateEligible;
  /** An individual's name: it hits only with all its parts. */
  final boolean person;
  /** Words the list writes otherwise than their tokens read ({@link WrittenForm}). */
  final WrittenForm[] written;

  IndexedName(int entry, boolean person, String name, String kindLabel, String[] tokens, TokenKind[] kinds, double[] weights,
      double totalWeight, String coreKey, boolean affiliateEligible, WrittenForm[] written) {
    this.entry = entry;
    this.name = name;
    this.kindLabel = kindLabel;
    this.tokens = tokens;
    this.kinds = kinds;
    this.weights = weights;
    this.coreKey = coreKey;
    this.affiliateEligible = affiliateEligible;
    this.person = person;
    this.written = written;
    this.joinedPairs = new String[Math.max(0, tokens.length - 1)];
    for (int j = 0; j + 1 < tokens.length; j++) {
      joinedPairs[j] = tokens[j] + tokens[j + 1];
    }
    this.totalWeight = totalWeight;
  }
}
