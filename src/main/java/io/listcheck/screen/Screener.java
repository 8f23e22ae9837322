package io.listcheck.screen;

import io.listcheck.match.Hit;
import io.listcheck.match.NameMatcher;
import io.listcheck.match.Verdict;
import java.util.List;

/** Screens one supplier at a time against every loaded list. Thread-safe. */
public final class Screener {
  private final NameMatcher matcher;

  public Screener(NameMatcher matcher) {
    this.matcher = matcher;
  }

  public NameMatcher matcher() {
    return matcher;
  }

  public ScreeningResult screen(SupplierRecord supplier) {
    if (supplier.name().isBlank()) {
      return ScreeningResult.error(supplier, "no supplier name in this row");
    }
    List<Hit> hits = matcher.match(supplier.name(), supplier.country());
    return new ScreeningResult(supplier, statusOf(hits), hits, "");
  }

  static Status statusOf(List<Hit> hits) {
    if (hits.stream().anyMatch(h -> h.verdict() == Verdict.MATCH)) {
      return Status.MATCH;
    }
    return hits.isEmpty() ? Status.CLEAR : Status.REVIEW;
  }
}
