package io.listcheck.screen;

import io.listcheck.match.Hit;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.match.Verdict;
import io.listcheck.suppress.Suppressions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Screens one supplier at a time: name matching, then the supplier's country as evidence, then reviewed
 * suppressions, then (with a baseline) the comparison with an older snapshot. Immutable and thread-safe.
 */
public final class Screener {
  /** Longer than any real company name; such a cell is a broken export, not a supplier. */
  static final int MAX_NAME_CHARS = 1000;

  private final NameMatcher matcher;
  private final MatchSettings settings;
  private final Suppressions suppressions;
  private final LocalDate today;
  private final Baseline baseline;

  public Screener(NameMatcher matcher, MatchSettings settings) {
    this(matcher, settings, Suppressions.NONE, LocalDate.MIN, null);
  }

  private Screener(NameMatcher matcher, MatchSettings settings, Suppressions suppressions, LocalDate today, Baseline baseline) {
    this.matcher = matcher;
    this.settings = settings;
    this.suppressions = suppressions;
    this.today = today;
    this.baseline = baseline;
  }

  /** Applies reviewed suppressions; {@code today} decides which have expired. */
  public Screener withSuppressions(Suppressions rules, LocalDate today) {
    return new Screener(matcher, settings, rules, today, baseline);
  }

  /** Also reports how each supplier's hits differ from an older snapshot. */
  public Screener withBaseline(Baseline older) {
    return new Screener(matcher, settings, suppressions, today, older);
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
    return on.match(supplier.name()).stream()
        .map(h -> CountryEvidence.apply(h, supplier.country(), settings))
        .flatMap(Optional::stream)
        .sorted(Comparator.comparingDouble(Hit::score).reversed())
        .toList();
  }

  static Status statusOf(List<Hit> hits) {
    if (hits.stream().anyMatch(h -> h.verdict() == Verdict.MATCH)) {
      return Status.MATCH;
    }
    return hits.isEmpty() ? Status.CLEAR : Status.REVIEW;
  }
}
