package io.listcheck.suppress;

import io.listcheck.match.Hit;
import io.listcheck.store.EntryFingerprint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The reviewed false positives of one suppression file, applied to a supplier's hits. Immutable. */
public final class Suppressions {
  public static final Suppressions NONE = new Suppressions(List.of());

  /** A hit that a valid suppression silences. */
  public record Suppressed(Hit hit, Suppression by) {}

  /** A suppression that would have covered a hit but no longer does; the hit stays active. */
  public record Stale(Hit hit, Suppression by, String why) {}

  /** A supplier's hits after suppressions: those still active, those suppressed, and the stale suppressions. */
  public record Outcome(List<Hit> active, List<Suppressed> suppressed, List<Stale> stale) {
    public Outcome {
      active = List.copyOf(active);
      suppressed = List.copyOf(suppressed);
      stale = List.copyOf(stale);
    }
  }

  private final List<Suppression> all;

  public Suppressions(List<Suppression> all) {
    this.all = List.copyOf(all);
  }

  public List<Suppression> all() {
    return all;
  }

  public Outcome apply(String supplierName, String supplierId, List<Hit> hits, LocalDate today) {
    List<Hit> active = new ArrayList<>();
    List<Suppressed> suppressed = new ArrayList<>();
    List<Stale> stale = new ArrayList<>();
    for (Hit hit : hits) {
      Optional<Suppression> rule = all.stream()
          .filter(s -> s.entry().equals(hit.entry().id()) && s.coversSupplier(supplierName, supplierId))
          .findFirst();
      if (rule.isEmpty()) {
        active.add(hit);
        continue;
      }
      Suppression s = rule.get();
      String now = EntryFingerprint.of(hit.entry());
      if (s.isExpiredOn(today)) {
        active.add(hit);
        stale.add(new Stale(hit, s, "suppression at " + s.location() + " expired on " + s.expires() + "; review again"));
      } else if (!now.equals(s.fingerprint())) {
        active.add(hit);
        stale.add(new Stale(hit, s, "suppression at " + s.location() + " was for fingerprint " + s.fingerprint()
            + " but the listing changed (now " + now + "); review again"));
      } else {
        suppressed.add(new Suppressed(hit, s));
      }
    }
    return new Outcome(active, suppressed, stale);
  }
}
