package io.listcheck.diff;

import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole list snapshot in memory: a manifest and the entries of each of its sources, checked against the
 * manifest's hashes.
 *
 * @param label how reports name it (the path it was loaded from)
 */
public record Snapshot(String label, Manifest manifest, Map<String, List<ListEntry>> entriesBySource) {

  public Snapshot {
    entriesBySource = Map.copyOf(entriesBySource);
  }

  /**
   * Loads a snapshot folder, or a manifest file by any name whose entries files sit next to it (so that an old
   * {@code manifest.json} restored from version control can be compared with the current one).
   *
   * @throws SnapshotException when the path holds no manifest, or an entries file is missing or altered
   */
  public static Snapshot load(Path manifestOrFolder) throws SnapshotException {
    boolean folder = Files.isDirectory(manifestOrFolder);
    Path manifestFile = folder ? manifestOrFolder.resolve(SnapshotStore.MANIFEST) : manifestOrFolder;
    if (!Files.isRegularFile(manifestFile)) {
      throw new SnapshotException(manifestFile + ": no list manifest here");
    }
    Manifest manifest = SnapshotStore.readManifest(manifestFile);
    Path dir = manifestFile.toAbsolutePath().getParent();
    SnapshotStore store = new SnapshotStore(dir);
    Map<String, List<ListEntry>> entries = new LinkedHashMap<>();
    for (SourceInfo source : manifest.sources()) {
      entries.put(source.id(), store.loadEntries(source));
    }
    return new Snapshot(manifestOrFolder.toString(), manifest, entries);
  }

  public List<ListEntry> entries(String sourceId) {
    return entriesBySource.getOrDefault(sourceId, List.of());
  }
}
