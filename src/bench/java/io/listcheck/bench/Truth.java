package io.listcheck.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The injected rows of a generated supplier file and the listed entry each must find. A hit on another entry
 * with the same primary name also counts: consolidated lists republish entries (the CSL carries every SDN
 * entry again), and a screener may report either copy.
 */
record Truth(Map<Long, String> expectedEntry, Map<Long, String> expectedName, Map<Long, String> variant) {

  static Truth load(Path file) throws IOException {
    Map<Long, String> expected = new HashMap<>();
    Map<Long, String> names = new HashMap<>();
    Map<Long, String> variants = new HashMap<>();
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (InputStream in = Files.newInputStream(file);
        MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(in)) {
      rows.next();
      while (rows.hasNext()) {
        String[] row = rows.next();
        expected.put(Long.parseLong(row[0]), row[1]);
        variants.put(Long.parseLong(row[0]), row[2]);
        names.put(Long.parseLong(row[0]), row.length > 5 ? samePartyKey(row[5]) : "");
      }
    }
    return new Truth(expected, names, variants);
  }

  /** How a listed party's primary name is compared across lists. */
  static String samePartyKey(String primaryName) {
    return primaryName.strip().toUpperCase(Locale.ROOT);
  }

  /** Counts, per variant and in total, how many injected rows found their entry. */
  final class Tally {
    private final Map<String, int[]> perVariant = new java.util.TreeMap<>();
    private int found;

    /** @param found the entry ids and {@link #samePartyKey primary-name keys} of the hits shown for the row */
    void record(long row, Set<String> hitKeys) {
      String wanted = expectedEntry.get(row);
      if (wanted == null) {
        return;
      }
      int[] counts = perVariant.computeIfAbsent(variant.get(row), v -> new int[2]);
      counts[1]++;
      String name = expectedName.get(row);
      if (hitKeys.contains(wanted) || (!name.isEmpty() && hitKeys.contains(name))) {
        counts[0]++;
        found++;
      }
    }

    double recall() {
      return expectedEntry.isEmpty() ? Double.NaN : (double) found / expectedEntry.size();
    }

    String summary() {
      StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%.3f (%d/%d)", recall(), found, expectedEntry.size()));
      perVariant.forEach((v, c) -> out.append(String.format(Locale.ROOT, " %s=%d/%d", v, c[0], c[1])));
      return out.toString();
    }
  }
}
