package io.listcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotStoreTest {
  @TempDir Path dir;

  private static SourceInfo info(String id) {
    return new SourceInfo(id, "Title " + id, "Publisher", "https://example.gov/" + id, "consequence", "citation",
        "2026-01-02", "2026-01-03T00:00:00Z", "2026-01-03T00:00:00Z", 0, 1, List.of(), "", "", "");
  }

  private static List<ListEntry> entries(String sourceId, int count) {
    return IntStream.range(0, count).mapToObj(i -> ListEntry.builder(sourceId, Integer.toString(i), "Company " + i, EntityType.ORGANIZATION)
        .alias("Alias " + i, AliasKind.AKA).program("P").build()).toList();
  }

  private static List<String> files(Path dir) throws Exception {
    try (Stream<Path> listing = Files.list(dir)) {
      return listing.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void roundTripsEntriesThroughTheManifest() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var staged = store.stage(info("a"), entries("a", 3));
    store.commit(List.of(staged), Manifest.empty().with(staged.info()));
    Manifest manifest = store.readManifest();
    assertThat(manifest.sources()).singleElement().satisfies(s -> assertThat(s.entries()).isEqualTo(3));
    assertThat(store.loadEntries(manifest.sources().get(0))).isEqualTo(entries("a", 3));
  }

  @Test
  void gzipsLargeSnapshotsAndStillReadsThem() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var staged = store.stage(info("big"), entries("big", 20_000));
    store.commit(List.of(staged), Manifest.empty().with(staged.info()));
    assertThat(staged.fileName()).endsWith(".json.gz");
    assertThat(store.loadEntries(store.readManifest().sources().get(0))).hasSize(20_000);
  }

  @Test
  void writesTheSameBytesForTheSameEntries() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    assertThat(store.stage(info("a"), entries("a", 50)).content()).isEqualTo(store.stage(info("a"), entries("a", 50)).content());
  }

  @Test
  void replacesASourceAndRemovesOnlyItsOldFile() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var a1 = store.stage(info("a"), entries("a", 3));
    var b = store.stage(info("b"), entries("b", 2));
    store.commit(List.of(a1, b), Manifest.empty().with(a1.info()).with(b.info()));
    var a2 = store.stage(info("a"), entries("a", 4));
    store.commit(List.of(a2), store.readManifest().with(a2.info()));
    assertThat(files(dir)).containsExactlyInAnyOrder(SnapshotStore.MANIFEST, a2.fileName(), b.fileName());
  }

  @Test
  void leavesNoTempFilesBehind() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var staged = store.stage(info("a"), entries("a", 3));
    store.commit(List.of(staged), Manifest.empty().with(staged.info()));
    assertThat(files(dir)).noneMatch(name -> name.endsWith(".tmp"));
  }

  @Test
  void keepsTheOldSnapshotReadableUntilTheManifestIsReplaced() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var old = store.stage(info("a"), entries("a", 3));
    store.commit(List.of(old), Manifest.empty().with(old.info()));
    byte[] manifestBefore = Files.readAllBytes(dir.resolve(SnapshotStore.MANIFEST));
    // An update that dies after writing its new entries file but before the manifest rename:
    var next = store.stage(info("a"), entries("a", 9));
    SnapshotStore.writeAtomically(dir.resolve(next.fileName()), next.content());
    assertThat(Files.readAllBytes(dir.resolve(SnapshotStore.MANIFEST))).isEqualTo(manifestBefore);
    assertThat(store.loadEntries(store.readManifest().sources().get(0))).hasSize(3);
  }

  @Test
  void loadsSeveralSourcesConcurrentlyInTheOrderGiven() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    List<SnapshotStore.StagedSnapshot> staged = Stream.of("c", "a", "d", "b")
        .map(id -> stageQuietly(store, id, 100 + id.charAt(0))).toList();
    Manifest manifest = Manifest.empty();
    for (var s : staged) {
      manifest = manifest.with(s.info());
    }
    store.commit(staged, manifest);
    List<SourceInfo> sources = store.readManifest().sources();

    List<ListEntry> loaded = store.loadEntries(sources);

    assertThat(loaded).containsExactlyElementsOf(Stream.of("a", "b", "c", "d")
        .flatMap(id -> entries(id, 100 + id.charAt(0)).stream()).toList());
  }

  @Test
  void reportsTheFirstBrokenSourceInManifestOrderWhenLoadingSeveral() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var a = store.stage(info("a"), entries("a", 3));
    var b = store.stage(info("b"), entries("b", 3));
    var c = store.stage(info("c"), entries("c", 3));
    store.commit(List.of(a, b, c), Manifest.empty().with(a.info()).with(b.info()).with(c.info()));
    Files.writeString(dir.resolve(b.fileName()), "[]");
    Files.delete(dir.resolve(c.fileName()));

    assertThatThrownBy(() -> store.loadEntries(store.readManifest().sources()))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining(b.fileName()).hasMessageContaining("SHA-256 does not match");
  }

  private static SnapshotStore.StagedSnapshot stageQuietly(SnapshotStore store, String id, int count) {
    try {
      return store.stage(info(id), entries(id, count));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void detectsAnEntriesFileChangedBehindTheManifest() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var staged = store.stage(info("a"), entries("a", 3));
    store.commit(List.of(staged), Manifest.empty().with(staged.info()));
    Files.writeString(dir.resolve(staged.fileName()), "[]");
    assertThatThrownBy(() -> store.loadEntries(store.readManifest().sources().get(0)))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("SHA-256 does not match lists/manifest.json");
  }

  @Test
  void reportsAMissingEntriesFile() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var staged = store.stage(info("a"), entries("a", 3));
    store.commit(List.of(staged), Manifest.empty().with(staged.info()));
    Files.delete(dir.resolve(staged.fileName()));
    assertThatThrownBy(() -> store.loadEntries(store.readManifest().sources().get(0)))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("list snapshot file is missing");
  }

  @Test
  void reportsAnUnreadableManifest() throws Exception {
    Files.writeString(dir.resolve(SnapshotStore.MANIFEST), "{ not json");
    assertThatThrownBy(() -> new SnapshotStore(dir).readManifest())
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("unreadable list manifest");
  }

  @Test
  void refusesAManifestSourceWithoutAnIdNamingTheManifest() throws Exception {
    Files.writeString(dir.resolve(SnapshotStore.MANIFEST), "{\"formatVersion\": 1, \"sources\": [{\"i d\": \"a\"}]}");
    assertThatThrownBy(() -> new SnapshotStore(dir).readManifest())
        .isInstanceOf(SnapshotException.class)
        .hasMessageStartingWith(dir.resolve(SnapshotStore.MANIFEST) + ": a source without an id; restore it");
  }

  @Test
  void refusesAManifestListingASourceTwice() throws Exception {
    Files.writeString(dir.resolve(SnapshotStore.MANIFEST),
        "{\"formatVersion\": 1, \"sources\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"a\"}]}");
    assertThatThrownBy(() -> new SnapshotStore(dir).readManifest())
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining(": source a is listed twice; restore it");
  }

  @Test
  void refusesAManifestOfANewerFormat() throws Exception {
    Files.writeString(dir.resolve(SnapshotStore.MANIFEST), "{\"formatVersion\": 2, \"sources\": [{\"id\": \"a\"}]}");
    assertThatThrownBy(() -> new SnapshotStore(dir).readManifest())
        .isInstanceOf(SnapshotException.class)
        .hasMessageEndingWith(": manifest format 2 is newer than this listcheck reads (1); use a newer listcheck");
  }

  @Test
  void refusesAManifestOrEntriesFileThatIsJsonNull() throws Exception {
    Files.writeString(dir.resolve(SnapshotStore.MANIFEST), "null");
    assertThatThrownBy(() -> new SnapshotStore(dir).readManifest())
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("null where the manifest belongs");
    Files.delete(dir.resolve(SnapshotStore.MANIFEST));
    SnapshotStore store = new SnapshotStore(dir);
    var staged = store.stage(info("a"), entries("a", 1));
    byte[] jsonNull = "null".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    SourceInfo pointingAtNull = new SourceInfo("a", "Title a", "Publisher", "", "", "", "", "", "", 1, 1, List.of(), "",
        staged.fileName(), SnapshotStore.sha256(jsonNull));
    store.commit(List.of(staged), Manifest.empty().with(pointingAtNull));
    Files.write(dir.resolve(staged.fileName()), jsonNull);
    assertThatThrownBy(() -> store.loadEntries(store.readManifest().sources().get(0)))
        .isInstanceOf(SnapshotException.class)
        .hasMessageContaining("null where entries belong");
  }

  @Test
  void readsDescriptiveFieldsAManifestLeavesOutAsEmpty() throws Exception {
    Files.writeString(dir.resolve(SnapshotStore.MANIFEST), "{\"formatVersion\": 1, \"sources\": [{\"id\": \"a\"}]}");
    SourceInfo source = new SnapshotStore(dir).readManifest().sources().get(0);
    assertThat(List.of(source.title(), source.publisher(), source.retrievedAt(), source.snapshotFile())).containsOnly("");
  }

  @Test
  void treatsAMissingManifestAsAnEmptySnapshot() throws Exception {
    assertThat(new SnapshotStore(dir).readManifest().sources()).isEmpty();
  }

  @Test
  void loadsTheNewSnapshotWhenAnUpdateReplacedTheOneBeingRead() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var old = store.stage(info("a"), entries("a", 3));
    store.commit(List.of(old), Manifest.empty().with(old.info()));
    Manifest readBeforeTheUpdate = store.readManifest();
    var next = store.stage(info("a"), entries("a", 4));
    store.commit(List.of(next), readBeforeTheUpdate.with(next.info()));
    assertThat(Files.exists(dir.resolve(old.fileName()))).as("the update removed the old entries file").isFalse();
    SnapshotStore.Loaded loaded = store.loadCurrent(readBeforeTheUpdate);
    assertThat(loaded.entries()).hasSize(4);
    assertThat(loaded.manifest().sources().get(0).snapshotFile()).isEqualTo(next.fileName());
  }

  @Test
  void stillReportsADamagedSnapshotThatNoUpdateReplaced() throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    var staged = store.stage(info("a"), entries("a", 3));
    store.commit(List.of(staged), Manifest.empty().with(staged.info()));
    Files.delete(dir.resolve(staged.fileName()));
    assertThatThrownBy(store::loadCurrent).isInstanceOf(SnapshotException.class).hasMessageContaining("list snapshot file is missing");
  }
}
