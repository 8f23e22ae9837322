package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.source.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateAndListsCommandTest {
  @TempDir Path temp;

  @Test
  void listsBothSourcesWithAsOfDatesAndCounts() throws Exception {
    Path lists = CliRun.fixtureLists(temp);
    CliRun run = CliRun.run("lists", "--lists", lists.toString(), "--now", "2026-03-01T00:00:00Z");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).containsPattern("fcc-covered +2026-07-28 +2026-02-01T00:00:00Z .* 9 .* ok")
        .containsPattern("ofac-nonsdn +2025-12-19 +2026-02-01T00:00:00Z .* 14 +72d +ok");
  }

  @Test
  void keepsThePreviousSnapshotWhenANewFileIsBroken() throws Exception {
    Path lists = CliRun.fixtureLists(temp);
    List<String> entriesFiles = entriesFiles(lists);
    Path broken = temp.resolve("broken/ofac-nonsdn");
    copyCompanionFiles(broken);
    Files.writeString(broken.resolve("CONS_PRIM.CSV"), "<html>502 Bad Gateway</html>");
    CliRun run = CliRun.run("update", "--lists", lists.toString(), "--from", temp.resolve("broken").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(run.out()).contains("ofac-nonsdn  failed    CONS_PRIM.CSV:1: expected 12 columns");
    assertThat(entriesFiles(lists)).isEqualTo(entriesFiles);
    assertThat(CliRun.run("lists", "--lists", lists.toString()).out()).containsPattern("ofac-nonsdn .* 14 .*failed");
  }

  @Test
  void refusesANewVersionThatLostMostEntriesUnlessAccepted() throws Exception {
    Path lists = CliRun.fixtureLists(temp);
    Path shrunk = temp.resolve("shrunk/ofac-nonsdn");
    copyCompanionFiles(shrunk);
    List<String> rows = Files.readAllLines(Fixtures.path("/io/listcheck/source/ofac/cons/CONS_PRIM.CSV"));
    Files.writeString(shrunk.resolve("CONS_PRIM.CSV"), String.join("\r\n", rows.subList(0, 10)) + "\r\n");
    CliRun refused = CliRun.run("update", "--lists", lists.toString(), "--from", temp.resolve("shrunk").toString());
    assertThat(refused.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(refused.out()).contains("10 entries against 14 before");
    CliRun accepted = CliRun.run("update", "--lists", lists.toString(), "--from", temp.resolve("shrunk").toString(), "--accept-shrink");
    assertThat(accepted.exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void rejectsAFolderWithNoListFiles() throws Exception {
    Files.createDirectories(temp.resolve("nothing"));
    CliRun run = CliRun.run("update", "--lists", temp.resolve("lists").toString(), "--from", temp.resolve("nothing").toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("no official list files found");
  }

  @Test
  void reportsAnEmptySnapshotFolder() {
    CliRun run = CliRun.run("lists", "--lists", temp.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
  }

  @Test
  void printsVersionAndHelp() {
    assertThat(CliRun.run("--version").out()).startsWith("listcheck ");
    CliRun help = CliRun.run("--help");
    assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(help.out()).contains("screen", "update", "lists", "Exit codes:");
  }

  @Test
  void acceptsAFolderNamedLikeASubcommand() throws Exception {
    CliRun.fixtureLists(temp);
    CliRun run = CliRun.run("--lists", temp.resolve("lists").toString(), "lists");
    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
  }

  @Test
  void pointsToTheSubcommandHelpOnUsageErrors() {
    CliRun run = CliRun.run("lists", "--bogus");
    assertThat(run.err()).contains("Try 'listcheck lists --help'.");
  }

  private static List<String> entriesFiles(Path lists) throws Exception {
    try (var files = Files.list(lists)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("manifest") && !n.startsWith(".")).sorted().toList();
    }
  }

  /** The snapshot was built with OFAC's companion files, so a new import must offer them too. */
  private static void copyCompanionFiles(Path folder) throws Exception {
    Files.createDirectories(folder);
    for (String file : List.of("CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV")) {
      Files.copy(Fixtures.path("/io/listcheck/source/ofac/cons/" + file), folder.resolve(file));
    }
  }
}
