package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.source.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateCustomListTest {
  private static final String NOW = "2026-11-21T00:00:00Z";
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @Test
  void importsACustomListThatScreeningThenReports(@TempDir Path lists) throws Exception {
    int update = run("update", "--lists", lists.toString(), "--custom", Fixtures.path("custom/blocked.json").toString(), "--now", NOW);

    assertThat(update).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("acme-blocked").contains("3 entries");
    String manifest = Files.readString(lists.resolve("manifest.json"));
    assertThat(manifest).contains("\"id\" : \"acme-blocked\"", "\"publisher\" : \"ACME Procurement\"", "\"asOf\" : \"2025-06-30\"",
        "Custom list import of blocked.csv: 5 rows, 4 selected by Status=active, 3 entries.");

    int screen = run("screen", "--lists", lists.toString(), "--name", "ACME WIDGETS GMBH", "--now", NOW);
    assertThat(screen).as(err.toString()).isEqualTo(ExitCode.HITS);
    assertThat(out.toString()).contains("acme-blocked");
  }

  @Test
  void keepsThePreviousCustomSnapshotWhenTheNewFileShrankByHalf(@TempDir Path lists, @TempDir Path dir) throws Exception {
    run("update", "--lists", lists.toString(), "--custom", Fixtures.path("custom/blocked.json").toString(), "--now", NOW);
    List<String> filesBefore = snapshotFiles(lists);
    Files.writeString(dir.resolve("blocked.csv"), "Supplier\nAcme Widgets GmbH\n");
    Files.writeString(dir.resolve("blocked.json"), "{\"id\":\"acme-blocked\",\"file\":\"blocked.csv\",\"columns\":{\"name\":\"Supplier\"}}");

    int code = run("update", "--lists", lists.toString(), "--custom", dir.resolve("blocked.json").toString(), "--now", NOW);

    assertThat(code).isEqualTo(ExitCode.LIST_DATA);
    assertThat(out.toString()).contains("acme-blocked", "failed", "the new data has 1 entries against 3 before");
    assertThat(Files.readString(lists.resolve("manifest.json"))).contains("\"state\" : \"failed\"");
    assertThat(snapshotFiles(lists)).isEqualTo(filesBefore);
  }

  @Test
  void rejectsAConfigWhoseListFileDoesNotExist(@TempDir Path lists, @TempDir Path dir) throws Exception {
    Path config = dir.resolve("c.json");
    Files.writeString(config, "{\"id\":\"acme-blocked\",\"file\":\"missing.csv\",\"columns\":{\"name\":\"Supplier\"}}");

    assertThat(run("update", "--lists", lists.toString(), "--custom", config.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).isEqualTo("listcheck: " + config + ": the custom list file " + dir.resolve("missing.csv") + " does not exist"
        + System.lineSeparator());
  }

  private static List<String> snapshotFiles(Path lists) throws Exception {
    try (var files = Files.list(lists)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.matches(".+\\.[0-9a-f]{12}\\.json(\\.gz)?")).sorted().toList();
    }
  }
}
