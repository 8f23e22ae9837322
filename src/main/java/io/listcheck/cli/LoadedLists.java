package io.listcheck.cli;

import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.model.ListEntry;
import io.listcheck.screen.SnapshotMatcher;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The snapshot a screening runs on: its manifest and entries files, read and checked up front; the entries are parsed
 * only when asked for (a matcher from the precomputed index reads only the entries it reports). Any problem with
 * the snapshot is exit code 3.
 */
final class LoadedLists {
  private final SnapshotStore store;
  private final SnapshotStore.Read read;
  private List<ListEntry> entries;

  private LoadedLists(SnapshotStore store, SnapshotStore.Read read) {
    this.store = store;
    this.read = read;
  }

  static LoadedLists load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserError(ExitCode.LIST_DATA, dir + ": no list snapshot folder; run 'listcheck update' or pass --lists DIR");
    }
    SnapshotStore store = new SnapshotStore(dir);
    try {
      SnapshotStore.Read read = store.readCurrent();
      if (read.manifest().sources().isEmpty()) {
        throw new UserError(ExitCode.LIST_DATA, dir.resolve(SnapshotStore.MANIFEST) + ": no lists in the snapshot; run 'listcheck update'");
      }
      return new LoadedLists(store, read);
    } catch (SnapshotException e) {
      throw new UserError(ExitCode.LIST_DATA, e.getMessage());
    }
  }

  Manifest manifest() {
    return read.manifest();
  }

  /** Every entry of the snapshot, parsed on first use. */
  synchronized List<ListEntry> entries() {
    if (entries == null) {
      try {
        entries = read.files().all();
      } catch (SnapshotException e) {
        throw new UserError(ExitCode.LIST_DATA, e.getMessage());
      }
    }
    return entries;
  }

  /** The matcher over these entries, from the snapshot's precomputed index where it fits ({@link SnapshotMatcher}). */
  NameMatcher matcher(MatchSettings settings, Consumer<String> notes) {
    try {
      return SnapshotMatcher.over(store, read, this::entries, settings, notes);
    } catch (SnapshotException e) {
      throw new UserError(ExitCode.LIST_DATA, e.getMessage());
    }
  }
}
