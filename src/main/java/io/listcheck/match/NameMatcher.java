package io.listcheck.match;

import io.listcheck.model.ListEntry;
import java.util.List;

/** Finds the listed entries a supplier name resembles. Implementations are immutable and thread-safe. */
public interface NameMatcher {

  /** Hits at or above the review threshold, best first, at most one per listed entry. */
  List<Hit> match(String supplierName);

  /**
   * Like {@link #match(String)}, with the supplier's country (a name or ISO code; empty when unknown) as evidence.
   * A country the listing does not name turns a {@code match} into a {@code review}; the explanation says either way.
   */
  default List<Hit> match(String supplierName, String country) {
    return match(supplierName);
  }

  /** Identifies the algorithm and its version in every report, so results can be reproduced. */
  String algorithm();

  static NameMatcher over(List<ListEntry> entries, MatchSettings settings) {
    return new TokenMatcher(entries, settings);
  }
}
