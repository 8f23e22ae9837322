package io.listcheck.screen;

import io.listcheck.match.Hit;
import io.listcheck.match.NameMatcher;
import io.listcheck.store.SnapshotDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The older snapshot that {@code screen --since} compares against: a matcher over it and the entry diff. */
public record Baseline(NameMatcher before, SnapshotDiff diff) {

  /** Classifies a supplier's hits now against its hits on the older snapshot. Unchanged hits are not listed. */
  List<HitChange> compare(List<Hit> now, List<Hit> then) {
    Set<String> thenIds = then.stream().map(h -> h.entry().id()).collect(Collectors.toSet());
    Set<String> nowIds = now.stream().map(h -> h.entry().id()).collect(Collectors.toSet());
    List<HitChange> changes = new ArrayList<>();
    for (Hit hit : now) {
      if (!thenIds.contains(hit.entry().id())) {
        changes.add(new HitChange(HitChange.Kind.NEW, hit));
      } else if (diff.changed().contains(hit.entry().id())) {
        changes.add(new HitChange(HitChange.Kind.CHANGED, hit));
      }
    }
    for (Hit hit : then) {
      if (!nowIds.contains(hit.entry().id())) {
        changes.add(new HitChange(diff.removed().contains(hit.entry().id())
            ? HitChange.Kind.DELISTED : HitChange.Kind.NO_LONGER_MATCHES, hit));
      }
    }
    return changes;
  }
}
