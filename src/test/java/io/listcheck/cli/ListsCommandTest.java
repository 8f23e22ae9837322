package io.listcheck.cli;

import static io.listcheck.cli.UpdateFixture.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.listcheck.fetch.FixtureServer;
import io.listcheck.store.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListsCommandTest {
  private static final String FIRST = "2026-11-01T00:00:00Z";

  @TempDir
  Path lists;

  private UpdateFixture publisher;

  @BeforeEach
  void start() {
    publisher = new UpdateFixture(lists);
    assertThat(publisher.update(FIRST).exitCode()).isEqualTo(ExitCode.OK);
  }

  @AfterEach
  void stop() {
    publisher.close();
  }

  private UpdateFixture.Run lists(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "--lists";
    all[1] = lists.toString();
    all[2] = "lists";
    System.arraycopy(args, 0, all, 3, args.length);
    return UpdateFixture.run(all);
  }

  @Test
  void showsAsOfRetrievalLastCheckEntriesAndStatusPerSource() {
    UpdateFixture.Run run = lists("--now", "2026-11-03T00:00:00Z");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("SOURCE       AS-OF      RETRIEVED            LAST CHECKED         ENTRIES   AGE  STATUS")
        .contains("fcc-covered  2022-03-25 2026-11-01T00:00:00Z 2026-11-01T00:00:00Z       6    2d  ok")
        .contains("ofac-nonsdn  -          2026-11-01T00:00:00Z 2026-11-01T00:00:00Z      24    2d  ok");
  }

  @Test
  void showsAFailedUpdateAndItsReasonWhileThePreviousSnapshotServes() {
    publisher.server.on("/ofac/CONS_PRIM.CSV", FixtureServer.status(503));
    assertThat(publisher.update("2026-11-02T00:00:00Z").exitCode()).isEqualTo(ExitCode.LIST_DATA);
    UpdateFixture.Run run = lists("--now", "2026-11-03T00:00:00Z");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).containsPattern("ofac-nonsdn .* 24 +2d  failed, kept previous")
        .contains("ofac-nonsdn: the update of 2026-11-02T00:00:00Z failed: CONS_PRIM.CSV: ")
        .contains("HTTP 503");
  }

  @Test
  void marksSourcesNotCheckedWithinMaxAgeAsStaleAndExits3() {
    UpdateFixture.Run fresh = lists("--now", "2026-11-20T00:00:00Z", "--max-age", "30d");
    assertThat(fresh.exitCode()).isEqualTo(ExitCode.OK);
    UpdateFixture.Run stale = lists("--now", "2026-11-20T00:00:00Z", "--max-age", "12h");
    assertThat(stale.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(stale.out()).containsPattern("ofac-nonsdn .* 19d  stale");
    assertThat(stale.err()).contains("stale lists (not confirmed with the publisher within --max-age): fcc-covered, ofac-nonsdn");
    assertThat(lists("--max-age", "soon").exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void printsTheStatusAsJson() throws Exception {
    JsonNode rows = Json.MAPPER.readTree(lists("--now", "2026-11-20T00:00:00Z", "--max-age", "12h", "--format", "json").out());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(1).get("id").asText()).isEqualTo("ofac-nonsdn");
    assertThat(rows.get(1).get("lastChecked").asText()).isEqualTo(FIRST);
    assertThat(rows.get(1).get("entries").asInt()).isEqualTo(24);
    assertThat(rows.get(1).get("stale").asBoolean()).isTrue();
    assertThat(rows.get(1).get("status").asText()).isEqualTo("stale");
  }

  @Test
  void agesImportedDataFromItsAsOfDateBecauseThePublisherWasNotAsked(@TempDir Path folder) throws Exception {
    Files.createDirectories(folder.resolve("fcc-covered"));
    Files.write(folder.resolve("fcc-covered").resolve("coveredlist.html"), fixture("coveredlist.html"));
    assertThat(UpdateFixture.run("--lists", lists.toString(), "update", "--from", folder.toString(), "--now", "2026-11-05T00:00:00Z").exitCode())
        .isEqualTo(ExitCode.OK);
    UpdateFixture.Run run = lists("--now", "2026-11-06T00:00:00Z", "--max-age", "30d");
    assertThat(run.out()).contains("fcc-covered  2022-03-25 2026-11-05T00:00:00Z -                          6 1687d  stale");
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
  }

  @Test
  void diffsTwoSnapshotsAsATableAndAsJson(@TempDir Path newer) throws Exception {
    String prim = new String(fixture("CONS_PRIM.CSV"), StandardCharsets.UTF_8)
        .replaceFirst("NORTHWIND GRANITE TECHNOLOGY CO., LTD.", "NORTHWIND GRANITE TECH CO., LTD.")
        .replaceFirst("91003,[^\r]*\r\n", "")
        + "91099,\"ZENITH NEW HOLDINGS\",-0- ,\"CMIC-EO13959\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
    publisher.server.on("/ofac/CONS_PRIM.CSV", FixtureServer.ok(prim.getBytes(StandardCharsets.UTF_8), "text/csv"));
    UpdateFixture.Run update = UpdateFixture.run(publisher.updateArgs("2026-11-02T00:00:00Z").stream()
        .map(a -> a.equals(lists.toString()) ? newer.toString() : a).toArray(String[]::new));
    assertThat(update.exitCode()).as(update.all()).isEqualTo(ExitCode.OK);

    UpdateFixture.Run table = UpdateFixture.run("lists", "--diff", lists.resolve("manifest.json").toString(), newer.toString());
    assertThat(table.exitCode()).as(table.all()).isEqualTo(ExitCode.OK);
    assertThat(table.out()).contains("fcc-covered        0       0       0")
        .contains("ofac-nonsdn        1       1       1")
        .contains("  + ofac-nonsdn:91099  ZENITH NEW HOLDINGS  [CMIC-EO13959]")
        .contains("  - ofac-nonsdn:91003  HARBOR BLUE INDUSTRIAL GROUP  [NS-PLC]")
        .contains("  ~ ofac-nonsdn:91001  NORTHWIND GRANITE TECH CO., LTD.  [CMIC-EO13959]  (name changed)")
        .contains("      was: NORTHWIND GRANITE TECHNOLOGY CO., LTD.");

    UpdateFixture.Run json = UpdateFixture.run("lists", "--diff", lists.toString(), newer.toString(), "--format", "json");
    JsonNode tree = Json.MAPPER.readTree(json.out());
    JsonNode ofac = tree.get("sources").get(1);
    assertThat(ofac.get("sourceId").asText()).isEqualTo("ofac-nonsdn");
    assertThat(ofac.get("added").get(0).get("id").asText()).isEqualTo("ofac-nonsdn:91099");
    assertThat(ofac.get("removed").get(0).get("name").asText()).isEqualTo("HARBOR BLUE INDUSTRIAL GROUP");
    assertThat(ofac.get("changed").get(0).get("fields").get(0).asText()).isEqualTo("NAME");
    assertThat(UpdateFixture.run("lists", "--diff", lists.toString(), newer.toString(), "--format", "json").out()).isEqualTo(json.out());
  }

  @Test
  void rejectsADiffOfAMissingPathAsBadUsage() {
    UpdateFixture.Run run = UpdateFixture.run("lists", "--diff", lists.resolve("nope").toString(), lists.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("nope: no such file or folder");
  }
}
