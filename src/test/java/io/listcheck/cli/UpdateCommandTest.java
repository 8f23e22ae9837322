package io.listcheck.cli;

import static io.listcheck.cli.UpdateFixture.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.fetch.FixtureServer;
import io.listcheck.model.SourceInfo;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotStore;
import io.listcheck.store.UpdateLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UpdateCommandTest {
  private static final String FIRST = "2026-11-01T00:00:00Z";
  private static final String SECOND = "2026-11-02T00:00:00Z";
  private static final String PRIM = "/ofac/CONS_PRIM.CSV";

  @TempDir
  Path lists;

  private UpdateFixture publisher;

  @BeforeEach
  void start() {
    publisher = new UpdateFixture(lists);
  }

  @AfterEach
  void stop() {
    publisher.close();
  }

  private Manifest manifest() throws Exception {
    return new SnapshotStore(lists).readManifest();
  }

  private SourceInfo source(String id) throws Exception {
    return manifest().source(id).orElseThrow();
  }

  @Test
  void downloadsEverySourceFromItsUrlsAndRecordsWhereFromAndTheValidators() throws Exception {
    publisher.server.on(PRIM, FixtureServer.withValidators(fixture("CONS_PRIM.CSV"), "text/csv", "\"prim-1\"", "Mon, 02 Nov 2026 08:00:00 GMT"));
    UpdateFixture.Run run = publisher.update(FIRST);
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("ofac-nonsdn  updated   24 entries").contains("fcc-covered  updated   6 entries");
    SourceInfo ofac = source("ofac-nonsdn");
    assertThat(ofac.entries()).isEqualTo(24);
    assertThat(ofac.retrievedAt()).isEqualTo(FIRST);
    assertThat(ofac.status().failed()).isFalse();
    assertThat(ofac.files()).extracting(f -> f.name()).containsExactly(UpdateFixture.OFAC_FILES);
    assertThat(ofac.files().get(0).url()).isEqualTo(publisher.server.url(PRIM).toString());
    assertThat(ofac.files().get(0).sha256()).isEqualTo(SnapshotStore.sha256(fixture("CONS_PRIM.CSV")));
    assertThat(ofac.files().get(0).etag()).isEqualTo("\"prim-1\"");
    assertThat(ofac.files().get(0).lastModified()).isEqualTo("Mon, 02 Nov 2026 08:00:00 GMT");
    assertThat(source("fcc-covered").entries()).isEqualTo(6);
    assertThat(new SnapshotStore(lists).loadEntries(ofac)).hasSize(24);
  }

  @Test
  void retriesA503AndThenUpdates() throws Exception {
    publisher.server.on(PRIM, FixtureServer.status(503), FixtureServer.ok(fixture("CONS_PRIM.CSV"), "text/csv"));
    UpdateFixture.Run run = publisher.update(FIRST);
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(publisher.server.requestCount(PRIM)).isEqualTo(2);
    assertThat(source("ofac-nonsdn").entries()).isEqualTo(24);
  }

  static Stream<Arguments> downloadFaults() throws Exception {
    byte[] prim = fixture("CONS_PRIM.CSV");
    byte[] html = "<!DOCTYPE html>\n<html><head><title>Service Unavailable</title></head><body>Down for maintenance</body></html>"
        .getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of("503 on every attempt", FixtureServer.status(503), "HTTP 503", new String[0]),
        Arguments.of("no answer (read timeout)", FixtureServer.silentFor(2000), "no answer within the read timeout of 500ms", new String[0]),
        Arguments.of("connection cut mid-body", FixtureServer.cutAfter(prim, 200, "text/csv"), "connection cut before the end of the body", new String[0]),
        Arguments.of("redirect loop", FixtureServer.redirect("/ofac/CONS_PRIM.CSV"), "redirect loop", new String[0]),
        Arguments.of("body over the size limit", FixtureServer.ok(prim, "text/csv"), "over the limit of 2048 bytes", new String[] {"--max-file-size", "2KB"}),
        Arguments.of("truncated gzip", FixtureServer.gzipped(prim, "text/csv", 0.6), "truncated", new String[0]),
        Arguments.of("gzip bomb", FixtureServer.gzipped(new byte[32 << 20], "text/csv", 1.0), "beyond the limit of 1048576 bytes", new String[] {"--max-file-size", "1MB"}),
        Arguments.of("HTML error page with status 200", FixtureServer.ok(html, "text/html"), "HTML page", new String[0]),
        Arguments.of("HTML error page sent as text/csv", FixtureServer.ok(html, "text/csv"), "HTML page where CSV data was expected", new String[0]),
        Arguments.of("empty 200", FixtureServer.ok(new byte[0], "text/csv"), "empty answer", new String[0]),
        Arguments.of("a file that parses to no entries", FixtureServer.ok("\r\n".getBytes(StandardCharsets.UTF_8), "text/csv"), "no entries", new String[0]),
        Arguments.of("a list shrunk by half", FixtureServer.ok(UpdateFixture.primFirstLines(12), "text/csv"), "12 entries against 24 before", new String[0]),
        Arguments.of("404", FixtureServer.status(404), "HTTP 404", new String[0]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("downloadFaults")
  void aDownloadFaultKeepsThePreviousSnapshotAndTheOtherSourcesStillUpdate(String fault, FixtureServer.Answer answer,
      String cause, String[] extraArgs) throws Exception {
    assertThat(publisher.update(FIRST).exitCode()).isEqualTo(ExitCode.OK);
    SourceInfo before = source("ofac-nonsdn");
    byte[] snapshotBefore = Files.readAllBytes(lists.resolve(before.snapshotFile()));

    publisher.server.on(PRIM, answer);
    UpdateFixture.Run run = publisher.update(SECOND, extraArgs);

    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(run.err()).as(run.all()).containsPattern("listcheck: ofac-nonsdn: update failed: [^\\n]*" + java.util.regex.Pattern.quote(cause))
        .contains("previous snapshot kept");
    assertThat(run.err().lines().filter(l -> l.contains("ofac-nonsdn")).count()).isEqualTo(1);
    SourceInfo after = source("ofac-nonsdn");
    assertThat(after.snapshotFile()).isEqualTo(before.snapshotFile());
    assertThat(after.snapshotSha256()).isEqualTo(before.snapshotSha256());
    assertThat(after.retrievedAt()).isEqualTo(FIRST);
    assertThat(Files.readAllBytes(lists.resolve(after.snapshotFile()))).isEqualTo(snapshotBefore);
    assertThat(after.status().failed()).isTrue();
    assertThat(after.status().reason()).contains(cause);
    assertThat(after.status().failedAt()).isEqualTo(SECOND);
    assertThat(source("fcc-covered").retrievedAt()).isEqualTo(SECOND);
  }

  @Test
  void stopsATricklingServerAtTheTotalLimit() throws Exception {
    assertThat(publisher.update(FIRST).exitCode()).isEqualTo(ExitCode.OK);
    byte[] before = Files.readAllBytes(lists.resolve(source("ofac-nonsdn").snapshotFile()));
    publisher.server.on(PRIM, publisher.server.trickle(fixture("CONS_PRIM.CSV"), "text/csv", 100));
    UpdateFixture.Run run = publisher.update(SECOND, "--total-timeout", "1s", "--retries", "0");
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(run.err()).contains("ofac-nonsdn: update failed: CONS_PRIM.CSV").contains("did not finish within the total limit of 1s");
    assertThat(Files.readAllBytes(lists.resolve(source("ofac-nonsdn").snapshotFile()))).isEqualTo(before);
  }

  @Test
  void acceptsAListShrunkByHalfWithAcceptShrink() throws Exception {
    assertThat(publisher.update(FIRST).exitCode()).isEqualTo(ExitCode.OK);
    publisher.server.on(PRIM, FixtureServer.ok(UpdateFixture.primFirstLines(12), "text/csv"));
    UpdateFixture.Run run = publisher.update(SECOND, "--accept-shrink");
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(source("ofac-nonsdn").entries()).isEqualTo(12);
  }

  @Test
  void neverAcceptsACountBelowTheSourcesPlausibleMinimumEvenWithAcceptShrink() throws Exception {
    assertThat(publisher.update(FIRST).exitCode()).isEqualTo(ExitCode.OK);
    publisher.server.on(PRIM, FixtureServer.ok(UpdateFixture.primFirstLines(3), "text/csv"));
    UpdateFixture.Run run = publisher.update(SECOND, "--accept-shrink");
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(run.err()).contains("ofac-nonsdn: update failed: the new data has 3 entries, outside the plausible range for this source (10 to 20000)");
    assertThat(source("ofac-nonsdn").entries()).isEqualTo(24);
  }

  @Test
  void keepsTheSnapshotAndRecordsTheCheckWhenThePublisherAnswersNotModified() throws Exception {
    for (String file : UpdateFixture.OFAC_FILES) {
      publisher.server.on("/ofac/" + file, FixtureServer.withValidators(fixture(file), "text/csv", "\"" + file + "\"", "Mon, 02 Nov 2026 08:00:00 GMT"));
    }
    assertThat(publisher.update(FIRST).exitCode()).isEqualTo(ExitCode.OK);
    SourceInfo before = source("ofac-nonsdn");
    var contentsBefore = UpdateFixture.contents(lists);

    UpdateFixture.Run run = publisher.update(SECOND);

    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("ofac-nonsdn  unchanged not modified since the snapshot; 24 entries kept");
    SourceInfo after = source("ofac-nonsdn");
    assertThat(after.lastChecked()).isEqualTo(SECOND);
    assertThat(after.retrievedAt()).isEqualTo(FIRST);
    assertThat(after.files()).isEqualTo(before.files());
    assertThat(UpdateFixture.contents(lists).get(before.snapshotFile())).isEqualTo(contentsBefore.get(before.snapshotFile()));
    assertThat(publisher.server.requests().stream().filter(r -> r.path().equals(PRIM)).skip(1).findFirst().orElseThrow()
        .headers().getFirst("If-None-Match")).isEqualTo("\"CONS_PRIM.CSV\"");
  }

  @Test
  void refetchesUnchangedFilesWhenAnotherFileOfTheSourceChanged() throws Exception {
    for (String file : UpdateFixture.OFAC_FILES) {
      publisher.server.on("/ofac/" + file, FixtureServer.withValidators(fixture(file), "text/csv", "\"" + file + "\"", "Mon, 02 Nov 2026 08:00:00 GMT"));
    }
    assertThat(publisher.update(FIRST).exitCode()).isEqualTo(ExitCode.OK);
    publisher.server.on(PRIM, FixtureServer.withValidators(UpdateFixture.primFirstLines(20), "text/csv", "\"new\"", "Tue, 03 Nov 2026 08:00:00 GMT"));
    UpdateFixture.Run run = publisher.update(SECOND);
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(source("ofac-nonsdn").entries()).isEqualTo(20);
    assertThat(publisher.server.requestCount("/ofac/CONS_ALT.CSV")).isEqualTo(3);
  }

  @Test
  void rejectsAChangedFccPageLayout() throws Exception {
    assertThat(publisher.update(FIRST).exitCode()).isEqualTo(ExitCode.OK);
    publisher.server.on(UpdateFixture.FCC_PAGE, FixtureServer.ok(
        "<html><body><h1>Covered List</h1><ul><li>Huawei</li></ul></body></html>".getBytes(StandardCharsets.UTF_8), "text/html"));
    UpdateFixture.Run run = publisher.update(SECOND);
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(run.err()).contains("listcheck: fcc-covered: update failed: coveredlist.html: page layout changed");
    assertThat(source("fcc-covered").retrievedAt()).isEqualTo(FIRST);
    assertThat(source("ofac-nonsdn").retrievedAt()).isEqualTo(SECOND);
  }

  @Test
  void updatesOnlyTheSelectedSources() throws Exception {
    UpdateFixture.Run run = publisher.update(FIRST, "--only", "fcc-covered");
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(manifest().sources()).extracting(SourceInfo::id).containsExactly("fcc-covered");
    assertThat(publisher.server.requestCount(PRIM)).isZero();
  }

  @Test
  void overridesOneFileOfASourceByItsName() throws Exception {
    publisher.server.on("/mirror/prim.csv", FixtureServer.ok(fixture("CONS_PRIM.CSV"), "text/csv"));
    UpdateFixture.Run run = publisher.update(FIRST, "--source-url", "ofac-nonsdn:cons_prim.csv=" + publisher.server.url("/mirror/prim.csv"));
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(publisher.server.requestCount(PRIM)).isZero();
    assertThat(source("ofac-nonsdn").files().get(0).url()).endsWith("/mirror/prim.csv");
  }

  @Test
  void readsUrlOverridesFromAPropertiesFile(@TempDir Path config) throws Exception {
    Path file = config.resolve("sources.properties");
    Files.writeString(file, "# mirror\nofac-nonsdn = " + publisher.server.url("/ofac/") + "\nfcc-covered=" + publisher.server.url(UpdateFixture.FCC_PAGE) + "\n");
    UpdateFixture.Run run = UpdateFixture.run("--lists", lists.toString(), "update", "--only", "ofac-nonsdn,fcc-covered",
        "--source-urls", file.toString(), "--now", FIRST, "--no-progress");
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(source("ofac-nonsdn").entries()).isEqualTo(24);
  }

  @Test
  void rejectsAnUnknownSourceOrFileInAnOverrideAsBadUsage() {
    UpdateFixture.Run unknown = publisher.update(FIRST, "--source-url", "ofac-sdnx=http://127.0.0.1:1/");
    assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("unknown source 'ofac-sdnx'");
    UpdateFixture.Run file = publisher.update(FIRST, "--source-url", "ofac-nonsdn:SDN.CSV=http://127.0.0.1:1/");
    assertThat(file.err()).contains("ofac-nonsdn has no file 'SDN.CSV'");
    UpdateFixture.Run notHttp = publisher.update(FIRST, "--source-url", "fcc-covered=file:///etc/passwd");
    assertThat(notHttp.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(notHttp.err()).contains("is not an http:// or https:// URL");
  }

  @Test
  void failsClearlyWhileAnotherUpdateHoldsTheLock() throws Exception {
    assertThat(publisher.update(FIRST).exitCode()).isEqualTo(ExitCode.OK);
    var before = UpdateFixture.contents(lists);
    UpdateLock held = UpdateLock.acquire(lists, Duration.ZERO);
    try {
      UpdateFixture.Run run = publisher.update(SECOND);
      assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
      assertThat(run.err()).contains(".update.lock: another 'listcheck update' is running on this folder").contains("--wait");
      UpdateFixture.Run waited = publisher.update(SECOND, "--wait", "300ms");
      assertThat(waited.err()).contains("did not finish within --wait 300ms");
    } finally {
      held.close();
    }
    assertThat(UpdateFixture.contents(lists)).usingRecursiveComparison().isEqualTo(before);
  }

  @Test
  void waitsForAnotherUpdateToFinishWithWait() throws Exception {
    UpdateLock held = UpdateLock.acquire(lists, Duration.ZERO);
    Thread release = new Thread(() -> {
      try {
        Thread.sleep(300);
        held.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    release.start();
    UpdateFixture.Run run = publisher.update(FIRST, "--wait", "10s");
    release.join();
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
  }

  @Test
  void stillImportsFromAFolderThroughTheSameChecks(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("ofac-nonsdn"));
    for (String file : UpdateFixture.OFAC_FILES) {
      Files.write(folder.resolve("ofac-nonsdn").resolve(file), fixture(file));
    }
    UpdateFixture.Run run = UpdateFixture.run("--lists", lists.toString(), "update", "--from", folder.toString(), "--now", FIRST);
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(source("ofac-nonsdn").entries()).isEqualTo(24);
    Files.write(folder.resolve("ofac-nonsdn").resolve("CONS_PRIM.CSV"), UpdateFixture.primFirstLines(12));
    UpdateFixture.Run shrunk = UpdateFixture.run("--lists", lists.toString(), "update", "--from", folder.toString(), "--now", SECOND);
    assertThat(shrunk.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(shrunk.err()).contains("ofac-nonsdn: update failed: the new data has 12 entries against 24 before");
  }

  @Test
  void importsWithoutAnOptionalFileAndSaysSo(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("ofac-nonsdn"));
    Files.write(folder.resolve("ofac-nonsdn").resolve("CONS_PRIM.CSV"), fixture("CONS_PRIM.CSV"));
    UpdateFixture.Run run = UpdateFixture.run("--lists", lists.toString(), "update", "--from", folder.toString(), "--now", FIRST);
    assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(run.all()).contains("without the optional CONS_ALT.CSV, CONS_ADD.CSV, CONS_COMMENTS.CSV");
    assertThat(source("ofac-nonsdn").entries()).isEqualTo(24);
  }

  @Test
  void refusesAnImportThatWouldDropTheAliasFileTheSnapshotWasBuiltWith(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("ofac-nonsdn"));
    for (String file : UpdateFixture.OFAC_FILES) {
      Files.write(folder.resolve("ofac-nonsdn").resolve(file), fixture(file));
    }
    assertThat(UpdateFixture.run("--lists", lists.toString(), "update", "--from", folder.toString(), "--now", FIRST).exitCode())
        .isEqualTo(ExitCode.OK);
    String before = source("ofac-nonsdn").snapshotSha256();
    Files.delete(folder.resolve("ofac-nonsdn").resolve("CONS_ALT.CSV"));
    UpdateFixture.Run run = UpdateFixture.run("--lists", lists.toString(), "update", "--from", folder.toString(), "--now", SECOND);
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(run.err()).contains("ofac-nonsdn: update failed: CONS_ALT.CSV is not in " + folder
        + " but the snapshot was built with it");
    assertThat(source("ofac-nonsdn").snapshotSha256()).isEqualTo(before);
  }
}
