package io.listcheck.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.listcheck.fetch.ProgressListener;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import io.listcheck.source.SourceRegistry;
import io.listcheck.store.Manifest;
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

    assertThat(outcomes).filteredOn(o -> o.kind() != UpdateOutcome.Kind.SKIPPED)
        .extracting(UpdateOutcome::sourceId, UpdateOutcome::kind).containsExactly(tuple("fcc-covered", UpdateOutcome.Kind.UPDATED));
    assertThat(events).containsExactly("start fcc-covered: parsing -1", "end", "start building the name index -1", "end");
  }

  @Test
  void writesTheNameIndexWithTheSnapshotAndTheSameListsGiveTheSameIndex(@TempDir Path folder, @TempDir Path lists)
      throws Exception {
    try (InputStream page = getClass().getResourceAsStream("/io/listcheck/update/publisher/coveredlist.html")) {
      Files.write(folder.resolve("coveredlist.html"), page.readAllBytes());
    }
    SnapshotStore store = new SnapshotStore(lists);
    ListUpdater first = new ListUpdater(SourceRegistry.standard(), store, SanityCheck.DEFAULT, Instant.parse("2026-11-01T00:00:00Z"));
    first.importFrom(folder, Map.of());
    Manifest.IndexInfo index = store.readManifest().index();
    byte[] bytes = store.readIndex(index);

    // the same files again, on another day: a new manifest, the same entries, so the same index bytes
    new ListUpdater(SourceRegistry.standard(), store, SanityCheck.DEFAULT, Instant.parse("2026-11-02T00:00:00Z"))
        .importFrom(folder, Map.of());
    assertThat(store.readManifest().index()).isEqualTo(index);
    assertThat(store.readIndex(index)).isEqualTo(bytes);
    assertThat(Files.list(lists).map(p -> p.getFileName().toString()).filter(n -> n.startsWith("index.")))
        .containsExactly(index.file());

    // an update that finds a snapshot without an index (written before indexes existed) adds one
    store.commit(List.of(), store.readManifest().withIndex(null));
    assertThat(Files.exists(lists.resolve(index.file()))).isFalse();
    new ListUpdater(SourceRegistry.standard(), store, SanityCheck.DEFAULT, Instant.parse("2026-11-03T00:00:00Z"))
        .importFrom(Files.createDirectories(folder.resolve("nothing-new")), Map.of());
    assertThat(store.readManifest().index()).isEqualTo(index);
    assertThat(store.readIndex(index)).isEqualTo(bytes);
  }

  /** A source whose parser has a bug: it throws on any input. */
  private static final class BrokenSource implements ListSource {
    @Override
    public SourceDescriptor descriptor() {
      return new SourceDescriptor("broken", "Broken", "p", "u", "c", "x");
    }

    @Override
    public List<SourceFile> files() {
      return List.of(new SourceFile("BROKEN.CSV", "https://example.invalid/BROKEN.CSV", true));
    }

    @Override
    public ParsedList parse(RawFiles files) {
      throw new IndexOutOfBoundsException("Index 3 out of bounds for length 2");
    }

    @Override
    public int parserVersion() {
      return 1;
    }
  }

  @Test
  void aParserBugFailsOnlyItsSourceWithAOneLineReason(@TempDir Path folder, @TempDir Path lists) throws Exception {
    Files.createDirectories(folder.resolve("broken"));
    Files.writeString(folder.resolve("broken").resolve("BROKEN.CSV"), "a,b\n");
    try (InputStream page = getClass().getResourceAsStream("/io/listcheck/update/publisher/coveredlist.html")) {
      Files.write(folder.resolve("coveredlist.html"), page.readAllBytes());
    }
    SourceRegistry registry = new SourceRegistry(List.of(new BrokenSource(), SourceRegistry.standard().find("fcc-covered").orElseThrow()));
    List<UpdateOutcome> outcomes = new ListUpdater(registry, new SnapshotStore(lists), SanityCheck.DEFAULT,
        Instant.parse("2026-11-01T00:00:00Z")).importFrom(folder, Map.of());
    assertThat(outcomes.get(0).kind()).isEqualTo(UpdateOutcome.Kind.FAILED);
    assertThat(outcomes.get(0).detail()).isEqualTo("the parser failed on these files (java.lang.IndexOutOfBoundsException: "
        + "Index 3 out of bounds for length 2); please report it; no previous snapshot");
    assertThat(outcomes.get(1).kind()).isEqualTo(UpdateOutcome.Kind.UPDATED);
  }
}
