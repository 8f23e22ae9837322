package io.listcheck.match;

import io.listcheck.store.Manifest;
import io.listcheck.store.SnapshotStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What each step of loading the matcher from a snapshot's precomputed index costs in a JVM that has just started:
 * the calls {@code screen} makes ({@code SnapshotMatcher}), one after another, each with its wall time and the main
 * thread's CPU time, then one name matched. Run it in a fresh JVM with the launcher's {@code --name} flags
 * (docs/benchmarks.md); arguments: the lists folder, optionally a supplier name.
 */
public final class IndexLoadCost {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static long wall;
  private static long cpu;

  private IndexLoadCost() {}

  public static void main(String[] args) throws Exception {
    step(null);
    SnapshotStore store = new SnapshotStore(Path.of(args[0]));
    SnapshotStore.Read read = store.readCurrent();
    Manifest manifest = read.manifest();
    List<IndexFile.SourceKey> keys = manifest.sources().stream()
        .map(s -> new IndexFile.SourceKey(s.id(), s.snapshotSha256(), s.entries())).toList();
    step("manifest, entries files read and checked");
    IndexFingerprint.current();
    step("fingerprint of this code");
    byte[] file = store.readIndex(manifest.index());
    step("index file read");
    SnapshotStore.EntryFiles files = read.files();
    IndexFile.Contents contents = IndexFile.read(file, keys,
        span -> files.entry(span.source(), new SnapshotStore.Span(span.offset(), span.length())));
    step("index decoded (IndexFile.read)");
    NameIndex index = new NameIndex(contents.entries(), contents.names());
    step("lookups built (new NameIndex)");
    TokenMatcher matcher = new TokenMatcher(index, MatchSettings.DEFAULTS);
    step("new TokenMatcher");
    int hits = matcher.match(args.length > 1 ? args[1] : "Hangzhou Hikvision Digital Technology Co., Ltd.").size();
    step("first name matched (" + hits + " hits; normalizer set-up included)");
  }

  private static void step(String done) {
    long nowWall = System.nanoTime();
    long nowCpu = THREADS.getCurrentThreadCpuTime();
    if (done != null) {
      System.out.printf(Locale.ROOT, "%-60s wall %7.1f ms  main-thread CPU %7.1f ms%n", done, (nowWall - wall) / 1e6,
          (nowCpu - cpu) / 1e6);
    }
    wall = nowWall;
    cpu = nowCpu;
  }
}
