package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.TestData;
import io.listcheck.match.Hit;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotMatcherTest {
  private static final List<String> SUPPLIERS = List.of("Acme Rocket Works Ltd", "ACME ROCKETS LLC", "Acme Roket Works",
      "Zenith Drone Systems Trading", "Zenith Drones", "Шэньчжэнь Зенит", "深圳天鹰无人机有限公司", "Clean Company");
  private static final List<ListEntry> ENTRIES = List.of(TestData.acme(), TestData.zenith(),
      ListEntry.builder("test-list", "4", "SHENZHEN TIANYING UAV CO LTD", EntityType.ORGANIZATION)
          .alias("深圳天鹰无人机有限公司", AliasKind.ORIGINAL_SCRIPT).build());

  @TempDir
  Path dir;
  SnapshotStore store;
  final List<String> notes = new ArrayList<>();
  int parsedAll;

  @BeforeEach
  void writeSnapshotWithIndex() throws Exception {
    store = new SnapshotStore(dir);
    TestData.snapshot(dir, "2026-11-01", ENTRIES);
    TestData.addIndex(dir);
  }

  /** The matcher as screening builds it: entries files checked up front, all entries parsed only when asked (counted). */
  private NameMatcher matcher() throws Exception {
    SnapshotStore.Read read = store.readCurrent();
    return SnapshotMatcher.over(store, read, () -> {
      parsedAll++;
      return read.files().all();
    }, MatchSettings.DEFAULTS, notes::add);
  }

  private Path indexFile() throws Exception {
    return dir.resolve(store.readManifest().index().file());
  }

  /** The matcher found exactly what one built in memory finds, whichever way it was built. */
  private void assertSameHitsAsInMemory(NameMatcher matcher) {
    NameMatcher inMemory = NameMatcher.over(ENTRIES, MatchSettings.DEFAULTS);
    int hits = 0;
    for (String supplier : SUPPLIERS) {
      List<Hit> expected = inMemory.match(supplier);
      assertThat(matcher.match(supplier)).as(supplier).isEqualTo(expected);
      hits += expected.size();
    }
    assertThat(hits).isGreaterThanOrEqualTo(4);
  }

  @Test
  void usesTheIndexTheManifestNamesAndParsesNoEntryAllAtOnce() throws Exception {
    assertSameHitsAsInMemory(matcher());
    assertThat(notes).singleElement().asString().startsWith("using the precomputed index index.");
    assertThat(parsedAll).isZero();
  }

  @Test
  void aMissingIndexIsANoteAndTheNamesAreAnalysedInstead() throws Exception {
    Files.delete(indexFile());
    assertSameHitsAsInMemory(matcher());
    assertThat(notes).singleElement().asString().contains("index file is missing; analysing the listed names instead");
    assertThat(parsedAll).isOne();
  }

  @Test
  void aCorruptIndexIsANoteAndTheNamesAreAnalysedInstead() throws Exception {
    byte[] bytes = Files.readAllBytes(indexFile());
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(indexFile(), bytes);
    assertSameHitsAsInMemory(matcher());
    assertThat(notes).singleElement().asString().contains("damaged or truncated (its CRC32C does not match its content)");
  }

  @Test
  void aTruncatedIndexIsANoteAndTheNamesAreAnalysedInstead() throws Exception {
    byte[] bytes = Files.readAllBytes(indexFile());
    Files.write(indexFile(), java.util.Arrays.copyOf(bytes, bytes.length - 100));
    assertSameHitsAsInMemory(matcher());
    assertThat(notes).singleElement().asString().contains("damaged or truncated (its CRC32C does not match its content)");
  }

  @Test
  void anIndexOfOtherEntriesIsNotUsed() throws Exception {
    // the entries change, and the manifest still names the old index (as a hand-edited or half-copied folder would)
    Manifest before = store.readManifest();
    List<ListEntry> changed = List.of(TestData.acme(), TestData.zenith());
    SnapshotStore.StagedSnapshot staged = store.stage(TestData.source("2026-11-02"), changed);
    byte[] oldIndex = Files.readAllBytes(dir.resolve(before.index().file()));
    store.commit(List.of(staged), Optional.empty(), Manifest.empty().with(staged.info()).withIndex(before.index()));
    Files.write(dir.resolve(before.index().file()), oldIndex);
    NameMatcher matcher = matcher();
    assertThat(notes).singleElement().asString().contains("built from other list entries than the manifest names");
    assertThat(matcher.match("Acme Rocket Works Ltd")).isEqualTo(NameMatcher.over(changed, MatchSettings.DEFAULTS).match("Acme Rocket Works Ltd"));
  }

  @Test
  void anIndexOfAnotherNormalizerIsNotUsed() throws Exception {
    Manifest manifest = store.readManifest();
    byte[] foreign = Files.readAllBytes(indexFile());
    foreign[12] = (byte) (foreign[12] == 'f' ? 'e' : 'f'); // the first character of the fingerprint
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C(); // a well-formed index, as another listcheck writes it
    crc.update(foreign, 0, foreign.length - 4);
    java.nio.ByteBuffer.wrap(foreign).putInt(foreign.length - 4, (int) crc.getValue());
    SnapshotStore.StagedIndex index = SnapshotStore.stageIndex(foreign);
    store.commit(List.of(), Optional.of(index), manifest.withIndex(index.info()));
    assertSameHitsAsInMemory(matcher());
    assertThat(notes).singleElement().asString().contains("built by another version of the name normalizer or matcher");
  }

  @Test
  void aSnapshotWithoutIndexIsAnalysedAsBefore() throws Exception {
    Manifest manifest = store.readManifest();
    store.commit(List.of(), manifest.withIndex(null));
    assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("index."));
    assertSameHitsAsInMemory(matcher());
    assertThat(notes).containsExactly("the snapshot has no precomputed index; analysing the listed names");
  }
}
