package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.listcheck.store.SnapshotStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped lists/ with their precomputed index give the same report as without it. */
class ShippedIndexTest {
  private static final List<String> NAMES = List.of("Hangzhou Hikvison Digital Tech", "SZ DJI Technology Co Ltd",
      "深圳市大疆创新科技有限公司", "Sberbank Rossii", "ПАО Сбербанк", "Huawei Technologies Co., Ltd.", "ZTE Corp",
      "Rosoboronexport", "Clean Widgets Inc", "China Mobile Communications Group");

  private record Run(int exitCode, String out, String err) {}

  private static Run screen(Path lists) {
    List<String> args = new ArrayList<>(List.of("--lists", lists.toString(), "--debug", "screen", "--now",
        "2026-11-21T00:00:00Z", "--no-progress", "--format", "json"));
    NAMES.forEach(n -> args.addAll(List.of("--name", n)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void theShippedListsGiveTheSameReportWithTheirIndexAsWithout(@TempDir Path copy) throws Exception {
    Path shipped = Path.of("lists");
    Run with = screen(shipped);
    // after a change to the normalizer or matcher the shipped index is stale until scripts/ship-lists.sh runs again
    assumeTrue(with.err().contains("using the precomputed index"), "the shipped index is stale: " + with.err());
    try (Stream<Path> files = Files.list(shipped)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (!file.getFileName().toString().startsWith("index.")) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
    }
    Run without = screen(copy);

    assertThat(without.err()).contains("index file is missing; analysing the listed names instead");
    assertThat(with.exitCode()).isEqualTo(ExitCode.HITS).isEqualTo(without.exitCode());
    assertThat(with.out()).contains("ofac-nonsdn:30946").isEqualTo(without.out());
    assertThat(new SnapshotStore(copy).readManifest().index()).isNotNull();
  }
}
