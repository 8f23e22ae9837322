package io.listcheck;

import io.listcheck.match.IndexFile;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Small, hand-made list snapshots for tests, written with the real {@link SnapshotStore}. */
public final class TestData {
  private TestData() {}

  public static ListEntry acme() {
    return ListEntry.builder("test-list", "1", "ACME ROCKET WORKS LTD", EntityType.ORGANIZATION)
        .alias("ACME ROCKETS", AliasKind.AKA).program("TEST-PROGRAM").country("Russia").build();
  }

  public static ListEntry zenith() {
    return ListEntry.builder("test-list", "2", "ZENITH DRONE SYSTEMS", EntityType.ORGANIZATION).program("TEST-PROGRAM")
        .country("China").build();
  }

  public static ListEntry hostile() {
    return ListEntry.builder("test-list", "3", "=HYPERLINK(\"http://x\") <script>alert(1)</script> \u202Eevil",
        EntityType.ORGANIZATION).program("<b>PROG</b>").build();
  }

  public static SourceInfo source(String asOf) {
    return new SourceInfo("test-list", "Test Restricted List", "Test Publisher", "https://example.org/list",
        "Do not buy from listed parties.", "Test Act §1", asOf, "2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z", 0, 1,
        List.of(), "hand-made for tests", "", "");
  }

  /** The precomputed index of the snapshot in {@code dir} over its current entries files, as {@code update} writes it. */
  public static byte[] index(SnapshotStore store, Manifest manifest) throws Exception {
    List<ListEntry> entries = new java.util.ArrayList<>();
    List<IndexFile.EntrySpan> spans = new java.util.ArrayList<>();
    List<IndexFile.SourceKey> keys = new java.util.ArrayList<>();
    for (SourceInfo source : manifest.sources()) {
      entries.addAll(store.loadEntries(source));
      for (SnapshotStore.Span span : SnapshotStore.entrySpans(source.snapshotFile(), store.entriesFile(source))) {
        spans.add(new IndexFile.EntrySpan(keys.size(), span.offset(), span.length()));
      }
      keys.add(new IndexFile.SourceKey(source.id(), source.snapshotSha256(), source.entries()));
    }
    return IndexFile.build(entries, spans, keys).orElseThrow();
  }

  /** Adds the precomputed index to the snapshot in {@code dir}; returns what the manifest now names. */
  public static Manifest.IndexInfo addIndex(Path dir) throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    Manifest manifest = store.readManifest();
    SnapshotStore.StagedIndex index = SnapshotStore.stageIndex(index(store, manifest));
    store.commit(List.of(), java.util.Optional.of(index), manifest.withIndex(index.info()));
    return index.info();
  }

  /** Writes a snapshot folder holding {@code entries} as one source. */
  public static Path snapshot(Path dir, String asOf, List<ListEntry> entries) throws IOException {
    SnapshotStore store = new SnapshotStore(dir);
    SnapshotStore.StagedSnapshot staged = store.stage(source(asOf), entries);
    store.commit(List.of(staged), Manifest.empty().with(staged.info()));
    return dir;
  }
}
