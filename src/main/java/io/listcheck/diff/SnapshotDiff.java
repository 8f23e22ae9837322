package io.listcheck.diff;

import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two snapshots, per source, matched by the entries' stable ids: entries added, removed,
 * and changed in what screening compares (name, aliases, programs). Changes in remarks, addresses or dates alone
 * are not reported. Everything is sorted by source id and entry id, so the same two snapshots give the same diff.
 */
public record SnapshotDiff(String older, String newer, List<SourceDiff> sources) {

  /** A field of an entry that differs. */
  public enum Field {
    NAME,
    ALIASES,
    PROGRAMS
  }

  /** One entry listed in both snapshots that differs in {@code fields}. */
  public record Change(ListEntry before, ListEntry after, List<Field> fields) {}

  /** The differences in one source, with the whole entries (a screening "since" a snapshot matches against them). */
  public record SourceDiff(String sourceId, List<ListEntry> added, List<ListEntry> removed, List<Change> changed) {
    public boolean isEmpty() {
      return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
  }

  public static SnapshotDiff between(Snapshot older, Snapshot newer) {
    TreeSet<String> ids = new TreeSet<>();
    older.manifest().sources().stream().map(SourceInfo::id).forEach(ids::add);
    newer.manifest().sources().stream().map(SourceInfo::id).forEach(ids::add);
    List<SourceDiff> sources = new ArrayList<>();
    for (String id : ids) {
      sources.add(compare(id, older.entries(id), newer.entries(id)));
    }
    return new SnapshotDiff(older.label(), newer.label(), sources);
  }

  /** The differences between two versions of one source's entries. */
  public static SourceDiff compare(String sourceId, List<ListEntry> before, List<ListEntry> after) {
    Map<String, ListEntry> old = byId(before);
    Map<String, ListEntry> now = byId(after);
    List<ListEntry> added = new ArrayList<>();
    List<ListEntry> removed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    now.forEach((id, entry) -> {
      ListEntry previous = old.get(id);
      if (previous == null) {
        added.add(entry);
      } else {
        List<Field> fields = differences(previous, entry);
        if (!fields.isEmpty()) {
          changed.add(new Change(previous, entry, fields));
        }
      }
    });
    old.forEach((id, entry) -> {
      if (!now.containsKey(id)) {
        removed.add(entry);
      }
    });
    return new SourceDiff(sourceId, added, removed, changed);
  }

  /** Entries new in the newer snapshot or changed in what screening compares, in source and id order. */
  public List<ListEntry> addedOrChanged() {
    List<ListEntry> entries = new ArrayList<>();
    for (SourceDiff s : sources) {
      entries.addAll(s.added());
      s.changed().forEach(c -> entries.add(c.after()));
    }
    entries.sort(Comparator.comparing(ListEntry::sourceId).thenComparing(ListEntry::id));
    return entries;
  }

  public int added() {
    return sources.stream().mapToInt(s -> s.added().size()).sum();
  }

  public int removed() {
    return sources.stream().mapToInt(s -> s.removed().size()).sum();
  }

  public int changed() {
    return sources.stream().mapToInt(s -> s.changed().size()).sum();
  }

  private static List<Field> differences(ListEntry a, ListEntry b) {
    List<Field> fields = new ArrayList<>();
    if (!a.primaryName().equals(b.primaryName())) {
      fields.add(Field.NAME);
    }
    if (!a.aliases().equals(b.aliases())) {
      fields.add(Field.ALIASES);
    }
    if (!a.programs().equals(b.programs()) || !Objects.equals(a.subList(), b.subList())) {
      fields.add(Field.PROGRAMS);
    }
    return fields;
  }

  /** Entries by id; a (malformed) duplicate id keeps its first entry so that the diff stays defined. */
  private static Map<String, ListEntry> byId(List<ListEntry> entries) {
    return entries.stream().sorted(Comparator.comparing(ListEntry::id))
        .collect(Collectors.toMap(ListEntry::id, Function.identity(), (first, second) -> first, TreeMap::new));
  }
}
