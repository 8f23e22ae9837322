package io.listcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.listcheck.match.ScreenedNames;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import io.listcheck.store.SnapshotStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes a supplier CSV of N rows drawn from real company names (SEC tickers, CSIS federal contractor parents),
 * with one row in a thousand replaced by a listed name under a labelled variant, plus a truth file naming the
 * listed entry each injected row must find (by id, or by primary name when another list republishes it).
 *
 * <p>Usage: {@code SupplierFileGenerator ROWS OUT.csv TRUTH.csv LISTS_DIR EVAL_DIR [SEED]}. Output is streamed
 * and deterministic for a given seed and snapshot.
 */
public final class SupplierFileGenerator {
  static final int INJECT_EVERY = 1000;
  private static final String[] COUNTRIES = {"US", "US", "US", "CA", "GB", "DE", "CN", "MX", "JP", "IN", ""};
  private static final String[][] LEGAL_SWAPS = {
      {"Co., Ltd.", "Company Limited"}, {"Co.,Ltd.", "Co Ltd"}, {"Company Limited", "Co., Ltd."},
      {"Limited", "Ltd"}, {"Corporation", "Corp."}, {"Incorporated", "Inc"}, {"Inc.", "Incorporated"},
      {"LLC", "L.L.C."}, {"Group", "Grp"}};

  private SupplierFileGenerator() {}

  record Injection(ListEntry entry, String listedName, String variant, String query) {}

  /** A listed organization with the names of it that are screened (weak aliases are not: docs/matching.md). */
  record Listed(ListEntry entry, List<String> names) {}

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: SupplierFileGenerator ROWS OUT.csv TRUTH.csv LISTS_DIR EVAL_DIR [SEED]");
      System.exit(2);
    }
    long rows = Long.parseLong(args[0]);
    Path out = Path.of(args[1]);
    Path truth = Path.of(args[2]);
    List<String> clean = cleanNames(Path.of(args[4]));
    List<Listed> listed = listedOrganizations(Path.of(args[3]));
    Random random = new Random(args.length > 5 ? Long.parseLong(args[5]) : 42);
    long injected = 0;
    try (BufferedWriter csv = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        BufferedWriter t = Files.newBufferedWriter(truth, StandardCharsets.UTF_8)) {
      csv.write("supplier_id,supplier_name,country\n");
      t.write("row,entry_id,variant,listed_name,query,primary_name\n");
      for (long row = 1; row <= rows; row++) {
        String name;
        if (random.nextInt(INJECT_EVERY) == 0) {
          Injection injection = inject(listed.get(random.nextInt(listed.size())), random);
          name = injection.query();
          injected++;
          t.write(row + "," + csv(injection.entry().id()) + "," + injection.variant() + ","
              + csv(injection.listedName()) + "," + csv(name) + "," + csv(injection.entry().primaryName()) + "\n");
        } else {
          name = decorate(clean.get(random.nextInt(clean.size())), random);
        }
        csv.write("V" + (1_000_000 + row) + "," + csv(name) + "," + COUNTRIES[random.nextInt(COUNTRIES.length)] + "\n");
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d rows (%d injected), %d clean names, %d listed organizations%n",
        out, rows, injected, clean.size(), listed.size());
  }

  /** Every distinct company name in the SEC ticker files and the CSIS parent-vendor table. */
  static List<String> cleanNames(Path eval) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    ObjectMapper json = new ObjectMapper();
    JsonNode tickers = json.readTree(eval.resolve("sec_company_tickers/company_tickers.json").toFile());
    tickers.forEach(company -> names.add(company.get("title").asText().strip()));
    JsonNode exchange = json.readTree(eval.resolve("sec_company_tickers/company_tickers_exchange_2023.json").toFile());
    exchange.get("data").forEach(row -> names.add(row.get(1).asText().strip()));
    CsvMapper csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (InputStream in = Files.newInputStream(eval.resolve("csis_federal_contractor_parents/Lookup_ParentID.csv"));
        MappingIterator<String[]> rows = csv.readerFor(String[].class).readValues(in)) {
      rows.next();
      while (rows.hasNext()) {
        String parent = rows.next()[0].replace("\"", "").strip();
        if (!parent.isEmpty() && !parent.equals("NULL")) {
          names.add(parent);
        }
      }
    }
    names.removeIf(String::isEmpty);
    return new ArrayList<>(names);
  }

  /**
   * Name-matchable organizations of the snapshot, what a vendor master could plausibly contain, with the names a screen
   * is expected to find: not OFAC's weak aliases, and not the CSL's copies of entries OFAC has since delisted.
   */
  static List<Listed> listedOrganizations(Path lists) throws Exception {
    SnapshotStore store = new SnapshotStore(lists);
    List<ListEntry> entries = new ArrayList<>();
    for (SourceInfo source : store.readManifest().sources()) {
      for (ListEntry entry : store.loadEntries(source)) {
        if (entry.type() == EntityType.ORGANIZATION) {
          entries.add(entry);
        }
      }
    }
    ScreenedNames screened = new ScreenedNames(entries);
    List<Listed> listed = new ArrayList<>();
    for (ListEntry entry : entries) {
      List<String> names = screened.namesToFind(entry);
      if (!names.isEmpty()) {
        listed.add(new Listed(entry, names));
      }
    }
    if (listed.isEmpty()) {
      throw new IllegalStateException(lists + ": no listed organizations to inject");
    }
    return listed;
  }

  /** Clean rows as vendor masters hold them: mostly verbatim, some upper-cased, some with a site suffix. */
  private static String decorate(String name, Random random) {
    int dice = random.nextInt(10);
    if (dice < 2) {
      return name.toUpperCase(Locale.ROOT);
    }
    if (dice == 2) {
      return name + " - Plant " + (1 + random.nextInt(40));
    }
    return name;
  }

  /** A listed name (primary or alias) under one of the variants vendor masters produce. */
  static Injection inject(Listed listed, Random random) {
    ListEntry entry = listed.entry();
    List<String> names = listed.names();
    String listedName = names.get(random.nextInt(names.size()));
    return switch (random.nextInt(6)) {
      case 0 -> new Injection(entry, listedName, "verbatim", listedName);
      case 1 -> new Injection(entry, listedName, "case-punctuation",
          listedName.toLowerCase(Locale.ROOT).replaceAll("[.,]", "").replace("-", " "));
      case 2 -> new Injection(entry, listedName, "legal-form", swapLegalForm(listedName, random));
      case 3 -> new Injection(entry, listedName, "typo", typo(listedName, random));
      case 4 -> new Injection(entry, listedName, "upper-spacing", listedName.toUpperCase(Locale.ROOT).replace(" ", "  "));
      default -> new Injection(entry, listedName, "site-suffix", listedName + " (Shenzhen Branch)");
    };
  }

  private static String swapLegalForm(String name, Random random) {
    for (String[] swap : LEGAL_SWAPS) {
      if (name.contains(swap[0])) {
        return name.replace(swap[0], swap[1]);
      }
    }
    return name + (random.nextBoolean() ? " Co., Ltd." : " LLC");
  }

  /** One transposition of adjacent letters inside the longest word, which keeps its first letter. */
  private static String typo(String name, Random random) {
    String[] words = name.split(" ");
    int longest = 0;
    for (int i = 1; i < words.length; i++) {
      if (words[i].length() > words[longest].length()) {
        longest = i;
      }
    }
    String word = words[longest];
    if (word.length() < 6) {
      return name;
    }
    int at = 1 + random.nextInt(word.length() - 3);
    char[] c = word.toCharArray();
    char swap = c[at];
    c[at] = c[at + 1];
    c[at + 1] = swap;
    words[longest] = new String(c);
    return String.join(" ", words);
  }

  static String csv(String value) {
    if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
      return value;
    }
    return '"' + value.replace("\"", "\"\"") + '"';
  }
}
