package io.listcheck.screen;

import io.listcheck.match.Hit;
import java.util.Locale;

/**
 * How one of a supplier's hits differs from an older list snapshot ({@code screen --since}).
 *
 * @param hit the current hit; for {@link Kind#DELISTED} and {@link Kind#NO_LONGER_MATCHES}, the hit on the older
 *     snapshot
 */
public record HitChange(Kind kind, Hit hit) {
  public enum Kind {
    /** Hits now and did not before: a newly listed entry, or a listing that gained a matching name. */
    NEW,
    /** Hit before and now, but the listing's names or programs changed. */
    CHANGED,
    /** Hit before; the listed entry is no longer on the list. */
    DELISTED,
    /** Hit before; the entry is still listed but no longer resembles the supplier (e.g. an alias was removed). */
    NO_LONGER_MATCHES;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** Whether an officer has to act: a new or changed listing to review. */
  public boolean needsReview() {
    return kind == Kind.NEW || kind == Kind.CHANGED;
  }
}
