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

/** The injected rows of a generated supplier file and the listed entry each must find. */
record Truth(Map<Long, String> expectedEntry, Map<Long, String> variant) {

  static Truth load(Path file) throws IOException {
    Map<Long, String> expected = new HashMap<>();
    Map<Long, String> variants = new HashMap<>();
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (InputStream in = Files.newInputStream(file);
        MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(in)) {
      rows.next();
      while (rows.hasNext()) {
        String[] row = rows.next();
        expected.put(Long.parseLong(row[0]), row[1]);
        variants.put(Long.parseLong(row[0]), row[2]);
      }
    }
    return new Truth(expected, variants);
  }

  /** Counts, per variant and in total, how many injected rows found their entry. */
  final class Tally {
    private final Map<String, int[]> perVariant = new java.util.TreeMap<>();
    private int found;

    void record(long row, Set<String> entriesFound) {
      String wanted = expectedEntry.get(row);
      if (wanted == null) {
        return;
      }
      int[] counts = perVariant.computeIfAbsent(variant.get(row), v -> new int[2]);
      counts[1]++;
      if (entriesFound.contains(wanted)) {
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
