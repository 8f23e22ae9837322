package io.listcheck.update;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.fetch.ProgressListener;
import io.listcheck.source.SourceRegistry;
import io.listcheck.store.SnapshotStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListUpdaterTest {

  @Test
  void tellsTheProgressListenerWhileEachOfferedSourceIsParsed(@TempDir Path folder, @TempDir Path lists) throws Exception {
    try (InputStream page = getClass().getResourceAsStream("/io/listcheck/update/publisher/coveredlist.html")) {
      Files.write(folder.resolve("coveredlist.html"), page.readAllBytes());
    }
    List<String> events = new ArrayList<>();
    ListUpdater updater = new ListUpdater(SourceRegistry.standard(), new SnapshotStore(lists), SanityCheck.DEFAULT,
        Instant.parse("2026-11-01T00:00:00Z")).reportingTo(new ProgressListener() {
          @Override
          public void started(String label, long expectedBytes) {
            events.add("start " + label + " " + expectedBytes);
          }

          @Override
          public void advanced(long bytes) {
            events.add("advance");
          }

          @Override
          public void finished() {
            events.add("end");
          }
        });

    List<UpdateOutcome> outcomes = updater.importFrom(folder, Map.of());

    assertThat(outcomes).extracting(UpdateOutcome::kind).containsExactly(UpdateOutcome.Kind.SKIPPED, UpdateOutcome.Kind.UPDATED);
    assertThat(events).containsExactly("start fcc-covered: parsing -1", "end");
  }
}
