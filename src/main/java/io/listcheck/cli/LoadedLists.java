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

/** The snapshot a screening runs on, loaded whole; any problem with it is exit code 3. */
record LoadedLists(SnapshotStore store, Manifest manifest, List<ListEntry> entries) {

  static LoadedLists load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new UserError(ExitCode.LIST_DATA, dir + ": no list snapshot folder; run 'listcheck update' or pass --lists DIR");
    }
    SnapshotStore store = new SnapshotStore(dir);
    try {
      SnapshotStore.Loaded loaded = store.loadCurrent();
      if (loaded.manifest().sources().isEmpty()) {
        throw new UserError(ExitCode.LIST_DATA, dir.resolve(SnapshotStore.MANIFEST) + ": no lists in the snapshot; run 'listcheck update'");
      }
      return new LoadedLists(store, loaded.manifest(), loaded.entries());
    } catch (SnapshotException e) {
      throw new UserError(ExitCode.LIST_DATA, e.getMessage());
    }
  }

  /** The matcher over these entries, from the snapshot's precomputed index where it fits ({@link SnapshotMatcher}). */
  NameMatcher matcher(MatchSettings settings, Consumer<String> notes) {
    return SnapshotMatcher.over(store, manifest, entries, settings, notes);
  }
}
