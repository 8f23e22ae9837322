package io.listcheck.update;

import io.listcheck.source.EntryBounds;
import java.util.Locale;

/**
 * Rules a new snapshot must pass before it replaces the previous one: publishers have silently served empty
 * and truncated files (Trade.gov's CSL once lost 15,000 SDN rows).
 *
 * @param maxShrink the largest fraction of entries a new version may lose against the previous one
 */
public record SanityCheck(double maxShrink, boolean acceptShrink) {
  public static final SanityCheck DEFAULT = new SanityCheck(0.20, false);

  /**
   * Null when the new count is acceptable, otherwise why not. {@code --accept-shrink} lifts only the shrink
   * limit: an empty list or a count outside the source's plausible bounds is never accepted.
   */
  public String reject(EntryBounds bounds, int previousCount, int newCount) {
    if (newCount == 0) {
      return "the new data has no entries";
    }
    if (!bounds.contains(newCount)) {
      return "the new data has " + newCount + " entries, outside the plausible range for this source (" + bounds
          + "); the publisher probably served something else";
    }
    if (!acceptShrink && previousCount > 0 && newCount < previousCount * (1 - maxShrink)) {
      return String.format(Locale.ROOT, "the new data has %d entries against %d before (%.0f%% fewer, more than the %.0f%% allowed); "
          + "if the publisher really removed them, run again with --accept-shrink",
          newCount, previousCount, 100.0 * (previousCount - newCount) / previousCount, maxShrink * 100);
    }
    return null;
  }
}
