package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.fetch.FixtureServer;
import io.listcheck.store.SnapshotStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real {@code listcheck update} process in the middle and checks what it left behind. */
class InterruptedUpdateTest {

  @Test
  void aKilledUpdateLeavesTheListsFolderExactlyAsItWasAndReleasesTheLock(@TempDir Path lists, @TempDir Path logs) throws Exception {
    try (UpdateFixture publisher = new UpdateFixture(lists)) {
      assertThat(publisher.update("2026-11-01T00:00:00Z").exitCode()).isEqualTo(ExitCode.OK);
      Map<String, byte[]> before = UpdateFixture.contents(lists);

      // The OFAC files download (and are staged) at once; the FCC page then trickles for minutes.
      publisher.server.on("/ofac/CONS_PRIM.CSV", FixtureServer.ok(UpdateFixture.primFirstLines(20), "text/csv"));
      publisher.server.on(UpdateFixture.FCC_PAGE, publisher.server.trickle(UpdateFixture.fixture("coveredlist.html"), "text/html", 200));
      Process child = startUpdate(publisher, logs);
      try {
        assertThat(publisher.server.trickleStarted().await(60, TimeUnit.SECONDS)).as("child reached the FCC download").isTrue();
        assertThat(publisher.server.requestCount("/ofac/CONS_PRIM.CSV")).isEqualTo(2);

        UpdateFixture.Run second = publisher.update("2026-11-03T00:00:00Z");
        assertThat(second.exitCode()).isEqualTo(ExitCode.LIST_DATA);
        assertThat(second.err()).contains("another 'listcheck update' is running on this folder");
      } finally {
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }

      assertThat(UpdateFixture.contents(lists)).usingRecursiveComparison().isEqualTo(before);
      publisher.server.on(UpdateFixture.FCC_PAGE, FixtureServer.ok(UpdateFixture.fixture("coveredlist.html"), "text/html"));
      UpdateFixture.Run after = publisher.update("2026-11-04T00:00:00Z");
      assertThat(after.exitCode()).as(after.all()).isEqualTo(ExitCode.OK);
      assertThat(new SnapshotStore(lists).readManifest().source("ofac-nonsdn").orElseThrow().entries()).isEqualTo(20);
    }
  }

  private static Process startUpdate(UpdateFixture publisher, Path logs) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.listcheck.Main"));
    command.addAll(publisher.updateArgs("2026-11-02T00:00:00Z"));
    command.set(command.indexOf("--total-timeout") + 1, "10m");
    command.set(command.indexOf("--read-timeout") + 1, "60s");
    return new ProcessBuilder(command)
        .redirectOutput(logs.resolve("child.out").toFile())
        .redirectError(logs.resolve("child.err").toFile())
        .start();
  }
}
