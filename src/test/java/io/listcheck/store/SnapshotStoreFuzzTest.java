package io.listcheck.store;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.listcheck.FuzzContract;
import io.listcheck.model.SourceInfo;
import io.listcheck.source.Fixtures;
import io.listcheck.source.SourceRegistry;
import io.listcheck.source.ofac.OfacNonSdnSource;
import io.listcheck.update.ListUpdater;
import io.listcheck.update.SanityCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the reading of a {@code lists/} folder, which comes from a repository checkout anyone may have edited:
 * the first byte picks whether the rest replaces {@code manifest.json}, or the entries file (with the manifest's
 * hash edited to match, as a deliberate tampering would). The snapshot loads, or fails with a
 * {@link SnapshotException} whose one-line message names a file of the folder.
 */
public class SnapshotStoreFuzzTest {
  private static final Path GOOD = goodSnapshot();

  public static Stream<byte[]> seeds() {
    return Stream.of(FuzzContract.selected(0, FuzzContract.bytes(GOOD.resolve(SnapshotStore.MANIFEST))),
        FuzzContract.selected(1, FuzzContract.bytes(entriesFile(GOOD))));
  }

  @MethodSource("seeds")
  @FuzzTest
  void loadsOrRejectsNamingTheFile(byte[] input) {
    check(input);
  }

  public static void check(byte[] input) {
    Path lists = FuzzContract.scratch("lists");
    try {
      copy(GOOD, lists);
      if (FuzzContract.selector(input, 2) == 0) {
        Files.write(lists.resolve(SnapshotStore.MANIFEST), FuzzContract.content(input));
      } else {
        Files.write(entriesFile(lists), FuzzContract.content(input));
        ObjectNode manifest = (ObjectNode) Json.MAPPER.readTree(lists.resolve(SnapshotStore.MANIFEST).toFile());
        ((ObjectNode) manifest.get("sources").get(0)).put("snapshotSha256", SnapshotStore.sha256(FuzzContract.content(input)));
        Files.write(lists.resolve(SnapshotStore.MANIFEST), Json.MAPPER.writeValueAsBytes(manifest));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SnapshotStore store = new SnapshotStore(lists);
    try {
      for (SourceInfo source : store.readManifest().sources()) {
        store.loadEntries(source);
      }
    } catch (SnapshotException e) {
      FuzzContract.assertDocumentedRejection(e, lists.toString());
    }
  }

  private static Path goodSnapshot() {
    try {
      Path lists = FuzzContract.scratch("good-lists");
      new ListUpdater(new SourceRegistry(List.of(new OfacNonSdnSource())), new SnapshotStore(lists), SanityCheck.DEFAULT,
          Instant.parse("2026-02-01T00:00:00Z")).importFrom(Fixtures.path("/io/listcheck/source/ofac/cons"), Map.of());
      return lists;
    } catch (IOException | SnapshotException e) {
      throw new IllegalStateException("cannot build the seed snapshot", e);
    }
  }

  private static Path entriesFile(Path lists) {
    try (Stream<Path> files = Files.list(lists)) {
      return files.filter(f -> f.getFileName().toString().startsWith(OfacNonSdnSource.ID + ".")).findFirst().orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
