package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.listcheck.store.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenJsonContractTest {
  @TempDir static Path temp;
  static Path lists;

  @BeforeAll
  static void buildLists() throws Exception {
    lists = CliRun.fixtureLists(temp);
  }

  private static CliRun screen(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "screen";
    all[1] = "--lists";
    all[2] = lists.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.run(all);
  }

  @Test
  void reportsDjiOnTheNsCmicEntryInTheJsonContract() throws Exception {
    CliRun run = screen("--name", "SZ DJI Technology Co., Ltd.", "--format", "json", "--now", "2026-03-01T00:00:00Z");
    assertThat(run.exitCode()).isEqualTo(ExitCode.HITS);
    JsonNode report = Json.MAPPER.readTree(run.out());
    assertThat(report.at("/tool/name").asText()).isEqualTo("listcheck");
    assertThat(report.at("/tool/version").asText()).isNotBlank();
    assertThat(report.get("lists").size()).isEqualTo(2);
    assertThat(report.at("/lists/1/id").asText()).isEqualTo("ofac-nonsdn");
    assertThat(report.at("/lists/1/asOf").asText()).isEqualTo("2025-12-19");
    assertThat(report.at("/summary/rows").asInt()).isEqualTo(1);
    assertThat(report.at("/summary/matches").asInt()).isEqualTo(1);
    assertThat(report.at("/summary/reviews").asInt()).isZero();
    assertThat(report.at("/summary/clear").asInt()).isZero();
    assertThat(report.at("/summary/errors").asInt()).isZero();
    JsonNode result = report.at("/results/0");
    assertThat(result.get("row").asInt()).isEqualTo(1);
    assertThat(result.get("name").asText()).isEqualTo("SZ DJI Technology Co., Ltd.");
    assertThat(result.get("status").asText()).isEqualTo("match");
    assertThat(result.get("matches").findValuesAsText("entryId")).contains("ofac-nonsdn:33111", "fcc-covered:ndaa1709-dji");
    JsonNode cmic = result.get("matches").findParents("entryId").stream()
        .filter(m -> m.get("entryId").asText().equals("ofac-nonsdn:33111")).findFirst().orElseThrow();
    assertThat(cmic.get("source").asText()).isEqualTo("ofac-nonsdn");
    assertThat(cmic.get("listedName").asText()).isEqualTo("SZ DJI TECHNOLOGY CO., LTD.");
    assertThat(cmic.get("matchedName").asText()).isEqualTo("SZ DJI TECHNOLOGY CO., LTD.");
    assertThat(cmic.get("score").asDouble()).isEqualTo(1.0);
    assertThat(cmic.get("program").asText()).contains("NS-CMIC");
    assertThat(cmic.get("explanation").asText()).isNotBlank();
  }

  @Test
  void exitsZeroWhenNothingMatches() {
    CliRun run = screen("--name", "Grainger Industrial Supply");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).contains("1 suppliers: 0 match, 0 review, 1 clear");
  }

  @Test
  void screensACsvFileFindingTheNameColumnByHeader(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("vendors.csv");
    Files.write(csv, ("\uFEFFVendor ID,Vendor Name\nA1,Huawei Technologies Co Ltd\nA2,Acme Tools\nA3,\n").getBytes(StandardCharsets.UTF_8));
    CliRun run = screen(csv.toString(), "--format", "json", "--id-column", "Vendor ID");
    assertThat(run.exitCode()).isEqualTo(ExitCode.HITS);
    JsonNode report = Json.MAPPER.readTree(run.out());
    assertThat(report.at("/summary/rows").asInt()).isEqualTo(3);
    assertThat(report.at("/results/0/supplierId").asText()).isEqualTo("A1");
    assertThat(report.at("/results/0/line").asInt()).isEqualTo(2);
    assertThat(report.at("/results/1/status").asText()).isEqualTo("clear");
    assertThat(report.at("/results/2/status").asText()).isEqualTo("error");
    assertThat(report.at("/results/2/line").asInt()).isEqualTo(4);
    assertThat(report.at("/parameters/input").asText()).isEqualTo("vendors.csv");
    assertThat(report.at("/parameters/inputSha256").asText()).hasSize(64);
  }

  @Test
  void namesTheColumnsFoundWhenNoNameColumnExists(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("vendors.csv");
    Files.writeString(csv, "id,city\n1,Austin\n");
    CliRun run = screen(csv.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err().lines()).containsExactly("listcheck: " + csv + ":1: no supplier name column; use --column NAME. Columns found: 'id', 'city'");
  }

  @Test
  void rejectsAMissingInputFile(@TempDir Path dir) {
    CliRun run = screen(dir.resolve("nope.csv").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("nope.csv: no such file").doesNotContain("Exception");
  }

  @Test
  void rejectsUnknownOptionsAsUsageErrors() {
    CliRun run = screen("--bogus");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Unknown option: '--bogus'");
  }

  @Test
  void rejectsAnEmptyInvocation() {
    assertThat(screen().exitCode()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void failsWithListDataExitWhenTheSnapshotIsMissing(@TempDir Path empty) {
    CliRun run = CliRun.run("screen", "--lists", empty.resolve("none").toString(), "--name", "X");
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(run.err()).contains("no list snapshot folder");
  }

  @Test
  void failsWithListDataExitWhenTheSnapshotIsDamaged(@TempDir Path dir) throws Exception {
    Path copy = dir.resolve("lists");
    Files.createDirectories(copy);
    try (var files = Files.list(lists)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    try (var files = Files.list(copy)) {
      Path entries = files.filter(f -> f.getFileName().toString().startsWith("fcc-covered.")).findFirst().orElseThrow();
      Files.writeString(entries, "[]");
    }
    CliRun run = CliRun.run("screen", "--lists", copy.toString(), "--name", "X");
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(run.err()).contains("SHA-256 does not match");
  }

  @Test
  void givesTheSameJsonForTheSameInputAndPinnedTime() {
    String first = screen("--name", "Huawei", "--name", "ZTE Corp", "--format", "json", "--now", "2026-03-01T00:00:00Z").out();
    String second = screen("--name", "Huawei", "--name", "ZTE Corp", "--format", "json", "--now", "2026-03-01T00:00:00Z").out();
    assertThat(first).isEqualTo(second);
  }

  @Test
  void rejectsAMalformedNow() {
    CliRun run = screen("--name", "X", "--now", "yesterday");
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--now: 'yesterday' is not an instant");
  }
}
