package io.listcheck.cli;

import io.listcheck.model.ListEntry;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The snapshot a screening runs on, loaded whole; any problem with it is exit code 3. */
record LoadedLists(Manifest manifest, List<ListEntry> entries) {

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
      return new LoadedLists(loaded.manifest(), loaded.entries());
    } catch (SnapshotException e) {
      throw new UserError(ExitCode.LIST_DATA, e.getMessage());
    }
  }
}
