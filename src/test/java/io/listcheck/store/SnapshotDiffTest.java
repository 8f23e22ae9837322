package io.listcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.TestData;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {

  @Test
  void findsAddedRemovedAndChangedEntries() {
    ListEntry renamed = ListEntry.builder("test-list", "2", "ZENITH DRONE SYSTEMS", EntityType.ORGANIZATION)
        .alias("ZENITH UAV", AliasKind.AKA).program("TEST-PROGRAM").country("China").build();
    ListEntry added = ListEntry.builder("test-list", "5", "NEW CO", EntityType.ORGANIZATION).build();
    SnapshotDiff diff = SnapshotDiff.between(List.of(TestData.acme(), TestData.zenith(), TestData.hostile()),
        List.of(TestData.acme(), renamed, added));
    assertThat(diff.added()).containsExactly("test-list:5");
    assertThat(diff.removed()).containsExactly("test-list:3");
    assertThat(diff.changed()).containsExactly("test-list:2");
    assertThat(SnapshotDiff.between(List.of(TestData.acme()), List.of(TestData.acme())).isEmpty()).isTrue();
  }

  @Test
  void aFingerprintIgnoresOrderButNotNamesOrPrograms() {
    ListEntry a = ListEntry.builder("s", "1", "A", EntityType.ORGANIZATION).alias("B", AliasKind.AKA).alias("C", AliasKind.AKA).program("P").build();
    ListEntry reordered = ListEntry.builder("s", "1", "A", EntityType.ORGANIZATION).alias("C", AliasKind.AKA).alias("B", AliasKind.AKA).program("P").build();
    ListEntry newProgram = ListEntry.builder("s", "1", "A", EntityType.ORGANIZATION).alias("B", AliasKind.AKA).alias("C", AliasKind.AKA).program("Q").build();
    assertThat(EntryFingerprint.of(a)).isEqualTo(EntryFingerprint.of(reordered)).matches("sha256:[0-9a-f]{16}");
    assertThat(EntryFingerprint.of(a)).isNotEqualTo(EntryFingerprint.of(newProgram));
  }
}
