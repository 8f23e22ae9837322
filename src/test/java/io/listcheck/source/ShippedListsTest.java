package io.listcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.SourceInfo;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotStore;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The lists/ snapshot in the repository (built by scripts/ship-lists.sh) holds every source with honest provenance. */
class ShippedListsTest {
  private final SnapshotStore store = new SnapshotStore(Path.of("lists"));

  @Test
  void holdsAllSevenSourcesWithTheSourcesOwnTotals() throws Exception {
    Manifest manifest = store.readManifest();
    Map<String, Integer> entries = manifest.sources().stream().collect(Collectors.toMap(SourceInfo::id, SourceInfo::entries));

    assertThat(entries).containsOnlyKeys(SourceRegistry.standard().all().stream().map(ListSource::id).toList());
    assertThat(entries).containsEntry("ofac-sdn", 14_965).containsEntry("ofac-nonsdn", 442).containsEntry("dod-1260h", 188)
        .containsEntry("dhs-uflpa", 68).containsEntry("us-statutes", 8);
    for (SourceInfo source : manifest.sources()) {
      assertThat(store.loadEntries(source)).as(source.id()).hasSize(source.entries());
    }
  }

  @Test
  void saysWhereEachSnapshotCameFrom() throws Exception {
    Manifest manifest = store.readManifest();

    assertThat(manifest.source("dod-1260h").orElseThrow().provenance()).contains("Transcribed", "188 selected by Start date=2026-06-08");
    assertThat(manifest.source("dhs-uflpa").orElseThrow().provenance()).contains("Partial: 68 of 187");
    assertThat(manifest.source("ofac-sdn").orElseThrow().provenance()).contains("2024-05-03", "joined by ent_num");
    assertThat(manifest.source("trade-csl").orElseThrow().provenance()).contains("OLD DATA", "14160 rows read as");
    assertThat(manifest.sources()).allSatisfy(s -> assertThat(s.asOf()).as(s.id()).matches("\\d{4}-\\d{2}-\\d{2}"));
  }

  @Test
  void linksTheCslCmicRowsToTheOfacNonSdnEntries() throws Exception {
    Manifest manifest = store.readManifest();
    var csl = store.loadEntries(manifest.source("trade-csl").orElseThrow());
    var nonSdnIds = store.loadEntries(manifest.source("ofac-nonsdn").orElseThrow()).stream().map(e -> e.id()).collect(Collectors.toSet());

    var cmic = csl.stream().filter(e -> e.subList().equals("CMIC")).toList();
    assertThat(cmic).hasSize(68).allSatisfy(e -> assertThat(e.linkedTo()).singleElement().asString().startsWith("ofac-nonsdn:"));
    assertThat(cmic.stream().filter(e -> nonSdnIds.contains(e.linkedTo().get(0)))).as("still on the 2025 non-SDN list").hasSizeGreaterThan(50);
  }
}
