package io.listcheck.screen;

import io.listcheck.match.Hit;
import io.listcheck.suppress.Suppressions;
import java.util.List;
import java.util.Optional;

/**
 * The outcome for one supplier.
 *
 * @param hits active hits, best first (these decide the status and the exit code)
 * @param error for an error row, what was wrong
 * @param suppressed hits silenced by a valid suppression (shown with --show-suppressed)
 * @param staleSuppressions suppressions that expired or whose listing changed; their hits are active again
 * @param changes with --since, how this supplier's hits differ from the older snapshot
 */
public record ScreeningResult(SupplierRecord supplier, Status status, List<Hit> hits, String error,
    List<Suppressions.Suppressed> suppressed, List<Suppressions.Stale> staleSuppressions, List<HitChange> changes) {
  public ScreeningResult {
    hits = List.copyOf(hits);
    error = error == null ? "" : error;
    suppressed = List.copyOf(suppressed);
    staleSuppressions = List.copyOf(staleSuppressions);
    changes = List.copyOf(changes);
  }

  public ScreeningResult(SupplierRecord supplier, Status status, List<Hit> hits, String error) {
    this(supplier, status, hits, error, List.of(), List.of(), List.of());
  }

  /** With --since, how {@code hit} differs from the older snapshot (new or changed), if it does. */
  public Optional<HitChange.Kind> changeOf(Hit hit) {
    return changes.stream().filter(c -> c.needsReview() && c.hit().entry().id().equals(hit.entry().id()))
        .map(HitChange::kind).findFirst();
  }

  public static ScreeningResult error(SupplierRecord supplier, String problem) {
    return new ScreeningResult(supplier, Status.ERROR, List.of(), problem);
  }
}
