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
    List<Hit> hits = withoutMirroredListings(matcher.match(supplier.name()));
    return new ScreeningResult(supplier, statusOf(hits), hits, "");
  }

  /**
   * Drops a hit on an entry that mirrors another hit's entry (e.g. a Trade.gov CSL row linked to the OFAC entry of
   * the same ent_num), so one listing is reported once, under its publisher's own file.
   */
  static List<Hit> withoutMirroredListings(List<Hit> hits) {
    java.util.Set<String> hitIds = new java.util.HashSet<>();
    hits.forEach(h -> hitIds.add(h.entry().id()));
    return hits.stream().filter(h -> h.entry().linkedTo().stream().noneMatch(hitIds::contains)).toList();
  }

  static Status statusOf(List<Hit> hits) {
    if (hits.stream().anyMatch(h -> h.verdict() == Verdict.MATCH)) {
      return Status.MATCH;
    }
    return hits.isEmpty() ? Status.CLEAR : Status.REVIEW;
  }
}
