package io.listcheck.screen;

import io.listcheck.match.Hit;
import io.listcheck.match.NameMatcher;
import io.listcheck.match.Verdict;
import io.listcheck.suppress.Suppressions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Screens one supplier at a time: name matching, then the supplier's country as evidence, then reviewed
 * suppressions, then (with a baseline) the comparison with an older snapshot. Immutable and thread-safe.
 */
public final class Screener {
  /**
   * Longer than any real company name (the lists' longest is about 200 characters); such a cell is a broken export,
   * not a supplier. It also bounds the work per row: normalizing takes time in proportion to the length.
   */
  public static final int MAX_NAME_CHARS = 1000;

  private final NameMatcher matcher;
  private final Suppressions suppressions;
  private final LocalDate today;
  private final Baseline baseline;

  public Screener(NameMatcher matcher) {
    this(matcher, Suppressions.NONE, LocalDate.MIN, null);
  }

  private Screener(NameMatcher matcher, Suppressions suppressions, LocalDate today, Baseline baseline) {
    this.matcher = matcher;
    this.suppressions = suppressions;
    this.today = today;
    this.baseline = baseline;
  }

  /** Applies reviewed suppressions; {@code today} decides which have expired. */
  public Screener withSuppressions(Suppressions rules, LocalDate today) {
    return new Screener(matcher, rules, today, baseline);
  }

  /** Also reports how each supplier's hits differ from an older snapshot. */
  public Screener withBaseline(Baseline older) {
    return new Screener(matcher, suppressions, today, older);
  }

  public NameMatcher matcher() {
    return matcher;
  }

  public ScreeningResult screen(SupplierRecord supplier) {
    if (!supplier.problem().isEmpty()) {
      return ScreeningResult.error(supplier, supplier.problem());
    }
    if (supplier.name().isBlank()) {
      return ScreeningResult.error(supplier, "no supplier name in this row");
    }
    if (supplier.name().length() > MAX_NAME_CHARS) {
      return ScreeningResult.error(supplier, "the name is " + supplier.name().length() + " characters long (more than "
          + MAX_NAME_CHARS + "); not a supplier name, check the export");
    }
    List<Hit> hits = hits(matcher, supplier);
    Suppressions.Outcome outcome = suppressions.apply(supplier.name(), supplier.supplierId(), hits, today);
    List<HitChange> changes = baseline == null ? List.of()
        : baseline.compare(outcome.active(), hits(baseline.before(), supplier));
    Status status = outcome.active().isEmpty() && !outcome.suppressed().isEmpty() ? Status.SUPPRESSED : statusOf(outcome.active());
    return new ScreeningResult(supplier, status, outcome.active(), "", outcome.suppressed(), outcome.stale(), changes);
  }

  private List<Hit> hits(NameMatcher on, SupplierRecord supplier) {
    return withoutMirroredListings(on.match(supplier.name(), supplier.country()));
  }

  /**
   * Drops a hit on an entry that mirrors another hit's entry (e.g. a Trade.gov CSL row linked to the OFAC entry of
   * the same ent_num), so one listing is reported once, under its publisher's own file.
   */
  static List<Hit> withoutMirroredListings(List<Hit> hits) {
    Set<String> hitIds = hits.stream().map(h -> h.entry().id()).collect(Collectors.toSet());
    return hits.stream().filter(h -> h.entry().linkedTo().stream().noneMatch(hitIds::contains)).toList();
  }

  static Status statusOf(List<Hit> hits) {
    if (hits.stream().anyMatch(h -> h.verdict() == Verdict.MATCH)) {
      return Status.MATCH;
    }
    return hits.isEmpty() ? Status.CLEAR : Status.REVIEW;
  }
}
