package io.listcheck.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotDiffTest {

  static ListEntry entry(String key, String name, String program, String... aliases) {
    ListEntry.Builder b = ListEntry.builder("ofac-nonsdn", key, name, EntityType.ORGANIZATION).program(program).appendRemarks("remark " + key);
    for (String alias : aliases) {
      b.alias(alias, AliasKind.AKA);
    }
    return b.build();
  }

  /** Writes a snapshot folder with one source holding {@code entries}. */
  static void write(Path dir, String sourceId, List<ListEntry> entries) throws Exception {
    SnapshotStore store = new SnapshotStore(dir);
    SourceInfo info = new SourceInfo(sourceId, "t", "p", "u", "c", "x", "", "2026-11-01T00:00:00Z", "", entries.size(), 1, List.of(), "", "", "");
    SnapshotStore.StagedSnapshot staged = store.stage(info, entries);
    store.commit(List.of(staged), store.readManifest().with(staged.info()));
  }

  @Test
  void findsAddedRemovedAndChangedEntriesByStableId() {
    List<ListEntry> before = List.of(entry("1", "ALPHA CO", "CMIC-EO13959"), entry("2", "BETA LTD", "NS-PLC", "B LTD"),
        entry("3", "GAMMA", "NS-PLC"), entry("4", "DELTA", "NS-PLC"));
    List<ListEntry> after = new ArrayList<>(List.of(entry("1", "ALPHA COMPANY", "CMIC-EO13959"), entry("2", "BETA LTD", "NS-PLC", "B LIMITED"),
        entry("4", "DELTA", "UKRAINE-EO13662"), entry("5", "EPSILON", "NS-PLC")));
    // Only the remarks differ: not a change a screener cares about.
    after.add(ListEntry.builder("ofac-nonsdn", "3", "GAMMA", EntityType.ORGANIZATION).program("NS-PLC").appendRemarks("new remark").build());

    SnapshotDiff.SourceDiff diff = SnapshotDiff.compare("ofac-nonsdn", before, after);

    assertThat(diff.added()).extracting(ListEntry::id).containsExactly("ofac-nonsdn:5");
    assertThat(diff.removed()).isEmpty();
    assertThat(diff.changed()).extracting(c -> c.after().id()).containsExactly("ofac-nonsdn:1", "ofac-nonsdn:2", "ofac-nonsdn:4");
    assertThat(diff.changed()).extracting(SnapshotDiff.Change::fields).containsExactly(
        List.of(SnapshotDiff.Field.NAME), List.of(SnapshotDiff.Field.ALIASES), List.of(SnapshotDiff.Field.PROGRAMS));
    assertThat(SnapshotDiff.compare("ofac-nonsdn", after, before).removed()).extracting(ListEntry::primaryName).containsExactly("EPSILON");
  }

  @Test
  void comparesSnapshotFoldersAndManifestFilesIncludingSourcesOnOneSideOnly(@TempDir Path older, @TempDir Path newer) throws Exception {
    write(older, "ofac-nonsdn", List.of(entry("1", "ALPHA CO", "CMIC-EO13959"), entry("2", "BETA", "NS-PLC")));
    write(newer, "ofac-nonsdn", List.of(entry("1", "ALPHA CO", "CMIC-EO13959")));
    write(newer, "fcc-covered", List.of(ListEntry.builder("fcc-covered", "zte", "ZTE Corporation", EntityType.ORGANIZATION).build()));
    Files.copy(older.resolve("manifest.json"), older.resolve("manifest-2026-11-01.json"));

    SnapshotDiff diff = SnapshotDiff.between(Snapshot.load(older.resolve("manifest-2026-11-01.json")), Snapshot.load(newer));

    assertThat(diff.sources()).extracting(SnapshotDiff.SourceDiff::sourceId).containsExactly("fcc-covered", "ofac-nonsdn");
    assertThat(diff.added()).isEqualTo(1);
    assertThat(diff.removed()).isEqualTo(1);
    assertThat(diff.changed()).isZero();
    assertThat(diff.sources().get(1).removed()).extracting(ListEntry::primaryName).containsExactly("BETA");
    assertThat(diff.addedOrChanged()).extracting(ListEntry::id).containsExactly("fcc-covered:zte");
    DiffSummary summary = DiffSummary.of(diff);
    assertThat(summary.sources().get(1).removed()).extracting(EntrySummary::name).containsExactly("BETA");
    assertThat(summary.added()).isEqualTo(1);
  }

  @Test
  void refusesAPathWithoutAManifestOrWithAnAlteredEntriesFile(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Snapshot.load(dir)).isInstanceOf(SnapshotException.class).hasMessageContaining("no list manifest");
    write(dir, "ofac-nonsdn", List.of(entry("1", "ALPHA CO", "CMIC-EO13959")));
    Manifest manifest = new SnapshotStore(dir).readManifest();
    Files.writeString(dir.resolve(manifest.sources().get(0).snapshotFile()), "[]");
    assertThatThrownBy(() -> Snapshot.load(dir)).hasMessageContaining("SHA-256 does not match");
  }
}
