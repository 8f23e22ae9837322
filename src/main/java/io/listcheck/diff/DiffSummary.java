package io.listcheck.diff;

import java.util.List;

/**
 * A {@link SnapshotDiff} reduced to what people read: per entry its id, name, aliases and programs. This is the
 * JSON form of {@code listcheck lists --diff}.
 */
public record DiffSummary(String older, String newer, int added, int removed, int changed, List<Source> sources) {

  /** One source's differences. */
  public record Source(String sourceId, List<EntrySummary> added, List<EntrySummary> removed, List<Change> changed) {}

  /** One changed entry, before and after. */
  public record Change(List<SnapshotDiff.Field> fields, EntrySummary before, EntrySummary after) {}

  public static DiffSummary of(SnapshotDiff diff) {
    List<Source> sources = diff.sources().stream().map(s -> new Source(s.sourceId(),
        s.added().stream().map(EntrySummary::of).toList(),
        s.removed().stream().map(EntrySummary::of).toList(),
        s.changed().stream().map(c -> new Change(c.fields(), EntrySummary.of(c.before()), EntrySummary.of(c.after()))).toList()))
        .toList();
    return new DiffSummary(diff.older(), diff.newer(), diff.added(), diff.removed(), diff.changed(), sources);
  }
}
