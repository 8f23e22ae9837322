package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.TestData;
import io.listcheck.store.Manifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenWithIndexTest {
  @TempDir
  Path lists;

  private record Run(int exitCode, String out, String err) {}

  private Run screen(String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> args = new java.util.ArrayList<>(List.of("--lists", lists.toString(), "--debug", "screen", "--now",
        "2026-11-21T00:00:00Z", "--no-progress", "--format", "json", "--name", "Acme Rocket Works Ltd", "--name",
        "Zenith Drone Systems Trading", "--name", "Clean Company"));
    args.addAll(List.of(extra));
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theReportIsTheSameByteForByteWithTheIndexWithoutItAndWithADamagedOne() throws Exception {
    TestData.snapshot(lists, "2026-11-01", List.of(TestData.acme(), TestData.zenith()));
    Run without = screen();
    Manifest.IndexInfo index = TestData.addIndex(lists);
    Run with = screen();
    Files.write(lists.resolve(index.file()), new byte[] {1, 2, 3});
    Run damaged = screen();

    assertThat(without.exitCode()).isEqualTo(ExitCode.HITS);
    assertThat(with.out()).isEqualTo(without.out());
    assertThat(damaged.out()).isEqualTo(without.out());
    assertThat(with.exitCode()).isEqualTo(without.exitCode());
    assertThat(damaged.exitCode()).isEqualTo(without.exitCode());
    assertThat(without.err()).contains("listcheck: debug:", "has no precomputed index");
    assertThat(with.err()).contains("using the precomputed index " + index.file());
    assertThat(damaged.err()).contains("not a listcheck index file", "analysing the listed names instead")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void withoutDebugTheIndexIsNeverMentioned() throws Exception {
    TestData.snapshot(lists, "2026-11-01", List.of(TestData.acme()));
    StringWriter err = new StringWriter();
    int code = Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--lists", lists.toString(), "screen",
        "--now", "2026-11-21T00:00:00Z", "--name", "Acme Rocket Works Ltd");
    assertThat(code).isEqualTo(ExitCode.HITS);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void updateReindexBuildsTheIndexOfTheCurrentSnapshotAndNothingElse() throws Exception {
    TestData.snapshot(lists, "2026-11-01", List.of(TestData.acme(), TestData.zenith()));
    String manifestBefore = Files.readString(lists.resolve("manifest.json"));
    StringWriter out = new StringWriter();
    int code = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "--lists", lists.toString(), "update",
        "--reindex", "--no-progress", "--now", "2026-11-21T00:00:00Z");

    assertThat(code).isEqualTo(ExitCode.OK);
    assertThat(out.toString()).contains("name index rebuilt");
    assertThat(screen().err()).contains("using the precomputed index");
    String manifestAfter = Files.readString(lists.resolve("manifest.json"));
    assertThat(manifestAfter).contains("\"index\"");
    assertThat(manifestAfter.replaceAll("(?s),?\\s*\"index\"\\s*:\\s*\\{[^}]*\\}", ""))
        .isEqualTo(manifestBefore.replaceAll("(?s),?\\s*\"index\"\\s*:\\s*\\{[^}]*\\}", ""));
  }

  @Test
  void updateReindexRefusesListFilesAndAMissingSnapshot() throws Exception {
    StringWriter err = new StringWriter();
    assertThat(Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--lists", lists.toString(), "update",
        "--reindex")).isEqualTo(ExitCode.LIST_DATA);
    assertThat(err.toString()).contains("no list snapshot to index");
    assertThat(Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "--lists", lists.toString(), "update",
        "--reindex", "--from", lists.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString()).contains("--reindex reads no lists");
  }
}
