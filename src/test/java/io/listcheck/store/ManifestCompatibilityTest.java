package io.listcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.SourceInfo;
import io.listcheck.model.SourceStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestCompatibilityTest {
  /** A manifest entry as written before sources recorded their update status. */
  private static final String WITHOUT_STATUS = """
      {"formatVersion":1,"sources":[{"id":"fcc-covered","title":"FCC Covered List","publisher":"FCC","officialUrl":"u",
      "consequence":"c","citation":"x","asOf":"2026-07-28","retrievedAt":"2026-11-21T00:00:00Z","lastChecked":"2026-11-21T00:00:00Z",
      "entries":19,"parserVersion":1,"files":[{"name":"COVEREDLIST.CSV","url":"","sha256":"ab","bytes":4295,"etag":"","lastModified":""}],
      "provenance":"p","snapshotFile":"fcc-covered.6f48aa2e9f81.json","snapshotSha256":"6f48"}]}
      """;

  @Test
  void readsAManifestWrittenBeforeUpdateStatusExistedAsOk(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("manifest.json"), WITHOUT_STATUS);
    SourceInfo fcc = new SnapshotStore(dir).readManifest().source("fcc-covered").orElseThrow();
    assertThat(fcc.status()).isEqualTo(SourceStatus.OK);
    assertThat(fcc.entries()).isEqualTo(19);
  }

  @Test
  void writesAndReadsBackAFailedStatus(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("manifest.json"), WITHOUT_STATUS);
    SnapshotStore store = new SnapshotStore(dir);
    Manifest manifest = store.readManifest();
    SourceInfo failed = manifest.sources().get(0).withStatus(SourceStatus.failed("coveredlist.html: HTTP 503", "2026-11-22T00:00:00Z"));
    SnapshotStore.writeAtomically(dir.resolve("manifest.json"), Json.MAPPER.writeValueAsBytes(manifest.with(failed)));
    assertThat(store.readManifest().source("fcc-covered").orElseThrow().status())
        .isEqualTo(new SourceStatus("failed", "coveredlist.html: HTTP 503", "2026-11-22T00:00:00Z"));
  }
}
