package io.listcheck.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import io.listcheck.store.SnapshotStore;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Steady-state matching cost per supplier name, in thread CPU time, on one thread: the JIT is warmed on the first
 * half of the names and the second half is measured, so start-up and compilation (which an end-to-end run spreads
 * over its rows) are left out. With {@code distinct}, every name of the file is screened once, so tokens repeat only
 * as often as distinct real names share words; otherwise rows are screened as the file has them.
 *
 * <p>Usage: {@code PerNameCost LISTS SUPPLIERS.csv [distinct]} (the name is the file's second column).
 */
public final class PerNameCost {
  private PerNameCost() {}

  public static void main(String[] args) throws Exception {
    SnapshotStore store = new SnapshotStore(Path.of(args[0]));
    List<ListEntry> entries = new ArrayList<>();
    for (SourceInfo source : store.readManifest().sources()) {
      entries.addAll(store.loadEntries(source));
    }
    NameMatcher matcher = NameMatcher.over(entries, MatchSettings.DEFAULTS);
    List<String> names = names(Path.of(args[1]), args.length > 2 && args[2].equals("distinct"));
    int half = names.size() / 2;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long hits = 0;
    for (String name : names.subList(0, half)) {
      hits += matcher.match(name).size();
    }
    long start = threads.getCurrentThreadCpuTime();
    for (String name : names.subList(half, names.size())) {
      hits += matcher.match(name).size();
    }
    long cpu = threads.getCurrentThreadCpuTime() - start;
    System.out.printf(Locale.ROOT, "%d names measured (after %d warm-up), %.1f µs CPU per name, %d hits%n",
        names.size() - half, half, cpu / 1000.0 / (names.size() - half), hits);
  }

  private static List<String> names(Path csv, boolean distinct) throws Exception {
    List<String> names = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (InputStream in = Files.newInputStream(csv);
        MappingIterator<String[]> rows = mapper.readerFor(String[].class).readValues(in)) {
      rows.next();
      while (rows.hasNext()) {
        names.add(rows.next()[1]);
      }
    }
    return distinct ? new ArrayList<>(new LinkedHashSet<>(names)) : names;
  }
}
