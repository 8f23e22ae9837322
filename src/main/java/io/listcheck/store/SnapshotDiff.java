package io.listcheck.store;

import io.listcheck.model.ListEntry;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changed between two snapshots, by listed-entry id: entries added, removed, and changed (their names or
 * programs differ, see {@link EntryFingerprint}). Shared by re-screening ({@code screen --since}) and list diffs.
 */
public record SnapshotDiff(SortedSet<String> added, SortedSet<String> removed, SortedSet<String> changed) {
  public SnapshotDiff {
    added = Collections.unmodifiableSortedSet(new TreeSet<>(added));
    removed = Collections.unmodifiableSortedSet(new TreeSet<>(removed));
    changed = Collections.unmodifiableSortedSet(new TreeSet<>(changed));
  }

  public static SnapshotDiff between(Collection<ListEntry> before, Collection<ListEntry> after) {
    Map<String, String> old = fingerprints(before);
    Map<String, String> now = fingerprints(after);
    SortedSet<String> added = new TreeSet<>();
    SortedSet<String> changed = new TreeSet<>();
    now.forEach((id, print) -> {
      String was = old.get(id);
      if (was == null) {
        added.add(id);
      } else if (!was.equals(print)) {
        changed.add(id);
      }
    });
    SortedSet<String> removed = new TreeSet<>(old.keySet());
    removed.removeAll(now.keySet());
    return new SnapshotDiff(added, removed, changed);
  }

  private static Map<String, String> fingerprints(Collection<ListEntry> entries) {
    Map<String, String> prints = new HashMap<>();
    entries.forEach(e -> prints.put(e.id(), EntryFingerprint.of(e)));
    return prints;
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }
}
