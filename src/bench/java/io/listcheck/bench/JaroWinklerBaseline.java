package io.listcheck.bench;

import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.listcheck.store.SnapshotStore;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * What simple screening scripts and OFAC's Sanctions List Search do: upper-case the name, drop punctuation, keep
 * the listed names and aliases that start with the same letter, and score the whole query against each with
 * Jaro-Winkler; a score at or above the threshold is a hit. Single-threaded, one query at a time, like them.
 *
 * <p>Usage: {@code JaroWinklerBaseline LISTS_DIR SUPPLIERS.csv TRUTH.csv HITS_OUT.csv [THRESHOLD]}, on a file
 * written by {@link SupplierFileGenerator} (the name is its second column), streamed with Jackson as listcheck
 * reads it.
 */
public final class JaroWinklerBaseline {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  private record Listed(String key, String entryId, String party) {}

  private JaroWinklerBaseline() {}

  public static void main(String[] args) throws Exception {
    Map<Character, List<Listed>> byFirstLetter = index(Path.of(args[0]));
    Path suppliers = Path.of(args[1]);
    Truth truth = Truth.load(Path.of(args[2]));
    double threshold = args.length > 4 ? Double.parseDouble(args[4]) : 0.85;
    Truth.Tally tally = truth.new Tally();
    long rows = 0;
    long flagged = 0;
    long started = System.nanoTime();
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (InputStream in = Files.newInputStream(suppliers);
        MappingIterator<String[]> reader = csv.readerFor(String[].class).readValues(in);
        BufferedWriter hits = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
      reader.next();
      hits.write("row,entry_id,score\n");
      while (reader.hasNext()) {
        long row = ++rows;
        String query = key(reader.next()[1]);
        Set<String> found = new HashSet<>();
        if (!query.isEmpty()) {
          for (Listed listed : byFirstLetter.getOrDefault(query.charAt(0), List.of())) {
            double score = JARO_WINKLER.apply(query, listed.key());
            if (score >= threshold && found.add(listed.entryId())) {
              found.add(listed.party());
              hits.write(row + "," + listed.entryId() + "," + score + "\n");
            }
          }
        }
        flagged += found.isEmpty() ? 0 : 1;
        tally.record(row, found);
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "rows=%d flagged=%d threshold=%.2f screening_s=%.2f%n", rows, flagged, threshold, seconds);
    System.out.println("recall=" + tally.summary());
  }

  private static Map<Character, List<Listed>> index(Path lists) throws Exception {
    SnapshotStore store = new SnapshotStore(lists);
    Map<Character, List<Listed>> byFirstLetter = new HashMap<>();
    for (SourceInfo source : store.readManifest().sources()) {
      for (ListEntry entry : store.loadEntries(source)) {
        if (!entry.isNameMatchable()) {
          continue;
        }
        for (String name : entry.allNames()) {
          String key = key(name);
          if (!key.isEmpty()) {
            byFirstLetter.computeIfAbsent(key.charAt(0), c -> new ArrayList<>()).add(new Listed(key, entry.id(), Truth.samePartyKey(entry.primaryName())));
          }
        }
      }
    }
    return byFirstLetter;
  }

  /** Upper case, punctuation to spaces, single-spaced: the normalization such scripts apply. */
  static String key(String name) {
    return name.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
