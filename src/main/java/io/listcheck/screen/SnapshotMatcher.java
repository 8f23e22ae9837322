package io.listcheck.screen;

import io.listcheck.match.IndexFile;
import io.listcheck.match.IndexFileException;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.model.ListEntry;
import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotException;
import io.listcheck.store.SnapshotStore;
import java.util.List;
import java.util.function.Consumer;

/**
 * The matcher over a loaded snapshot: from its precomputed index when the manifest names one that fits (same
 * entries files, same normalizer and matcher, undamaged), else by analysing every listed name as before. Both ways
 * give the same matcher; the index only saves start-up time, so a missing, stale or damaged one is a note, not an
 * error.
 */
public final class SnapshotMatcher {
  private SnapshotMatcher() {}

  /** All entries of the snapshot, parsed when first asked for. */
  @FunctionalInterface
  public interface AllEntries {
    List<ListEntry> get() throws SnapshotException;
  }

  /**
   * The matcher over the snapshot {@code read} from {@code store}; {@code all} is asked for every entry only when
   * there is no usable index (with one, entries are parsed only for hits). {@code notes} hears, in one line, which
   * way the matcher was built and why.
   */
  public static NameMatcher over(SnapshotStore store, SnapshotStore.Read read, AllEntries all, MatchSettings settings,
      Consumer<String> notes) throws SnapshotException {
    Manifest manifest = read.manifest();
    if (manifest.index() == null) {
      notes.accept("the snapshot has no precomputed index; analysing the listed names");
      return NameMatcher.over(all.get(), settings);
    }
    List<IndexFile.SourceKey> keys = manifest.sources().stream()
        .map(s -> new IndexFile.SourceKey(s.id(), s.snapshotSha256(), s.entries())).toList();
    try {
      SnapshotStore.EntryFiles files = read.files();
      NameMatcher matcher = IndexFile.matcher(store.readIndex(manifest.index()), keys,
          span -> files.entry(span.source(), new SnapshotStore.Span(span.offset(), span.length())), settings);
      notes.accept("using the precomputed index " + manifest.index().file());
      return matcher;
    } catch (SnapshotException e) {
      notes.accept(e.getMessage() + "; analysing the listed names instead");
    } catch (IndexFileException e) {
      notes.accept(store.dir().resolve(manifest.index().file()) + ": not used: " + e.getMessage()
          + "; analysing the listed names instead (run 'listcheck update' to rebuild it)");
    }
    return NameMatcher.over(all.get(), settings);
  }
}
