package io.listcheck.source.csl;

import io.listcheck.model.Address;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.source.CsvTable;
import io.listcheck.source.EntryKeys;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import io.listcheck.source.ofac.OfacNonSdnSource;
import io.listcheck.source.ofac.OfacSdnSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trade.gov's Consolidated Screening List (consolidated.csv): the Commerce (Entity List, Denied Persons, Unverified,
 * Military End User), State (ITAR debarred, Nonproliferation) and Treasury lists in one file. Each entry keeps its
 * sub-list. Treasury rows carry OFAC's ent_num and are emitted linked to the OFAC entry ({@code linkedTo
 * ofac-sdn:<ent_num>} or {@code ofac-nonsdn:<ent_num>}), so screening reports the listing once, under OFAC's own
 * file, when both are loaded.
 */
public final class TradeCslSource implements ListSource {
  public static final String ID = "trade-csl";
  public static final String CSV_FILE = "consolidated.csv";
  public static final String JSON_FILE = "consolidated.json";
  static final String CSV_URL = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv";
  static final String SCOPE_SUFFIX = "and any successor, sub-unit, or subsidiary thereof";
  private static final List<String> REQUIRED_COLUMNS = List.of("source", "entity_number", "type", "programs", "name",
      "addresses", "federal_register_notice", "start_date", "end_date", "license_requirement", "license_policy",
      "remarks", "alt_names");
  private static final Pattern SUB_LIST_CODE = Pattern.compile("\\(([A-Z][A-Za-z-]*)(?: List)?\\)");
  private static final Pattern SCOPE = Pattern.compile("[;,]?\\s+" + Pattern.quote(SCOPE_SUFFIX) + "\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})\\?(?=s\\b)");
  private static final Pattern QUOTE_MARK = Pattern.compile("(?<=^|\\s)\\?|\\?(?=\\s|$)");
  private static final Pattern ISO_COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final List<String> TREASURY_LISTS = List.of("SDN", "SSI", "FSE", "PLC", "CMIC", "CAP", "NS-MBS");

  private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
      ID,
      "Trade.gov Consolidated Screening List (EL, DPL, MEU...)",
      "U.S. Department of Commerce, International Trade Administration (for BIS, State and Treasury)",
      "https://www.trade.gov/consolidated-screening-list",
      "What a hit means depends on the sub-list. Entity List (EL) and Military End User (MEU): a licence from the "
          + "Bureau of Industry and Security is needed to export, re-export or transfer items subject to the EAR to "
          + "the party, usually presumed denied; it is not a ban on buying from the party as such, but check whether "
          + "the purchase involves sending them US-origin items or technology. Denied Persons (DPL): no export "
          + "transaction of any kind with the party. Unverified List (UVL): extra due diligence and a UVL statement "
          + "before exporting. ITAR debarred (DTC): no participation in defense-article exports. Nonproliferation "
          + "(ISN): the measures in each notice, often a US Government procurement ban. Treasury rows (SDN, NS-CMIC, "
          + "SSI, ...) carry the meaning of the OFAC list they mirror.",
      "EAR 15 CFR 744.11 and Supp. No. 4 to Part 744 (EL), 744.21 (MEU), 764.3 (DPL), 744.15 (UVL); ITAR 22 CFR 127.7 "
          + "(DTC); INKSNA and E.O. 12938 (ISN); 31 CFR chapter V (Treasury lists)");

  @Override
  public SourceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<SourceFile> files() {
    return List.of(new SourceFile(CSV_FILE, CSV_URL, true));
  }

  @Override
  public int parserVersion() {
    return 1;
  }

  /**
   * Reads consolidated.csv, or consolidated.json (the same fields, multi-valued ones as arrays) when only that is
   * offered.
   */
  @Override
  public ParsedList parse(RawFiles files) throws IOException, ListFormatException {
    Map<String, ListEntry.Builder> byId = new LinkedHashMap<>();
    int rows;
    if (files.find(CSV_FILE).isEmpty() && files.find(JSON_FILE).isPresent()) {
      try (InputStream in = files.open(JSON_FILE)) {
        // The JSON leaves out empty fields, so only these two are required.
        rows = ConsolidatedJson.read(in, JSON_FILE, List.of("source", "name"), row -> add(row, byId));
      }
    } else {
      Map<String, Integer> columns = new LinkedHashMap<>();
      try (InputStream in = files.open(CSV_FILE)) {
        rows = CsvTable.read(in, CSV_FILE, names -> columns.putAll(header(names)),
            (line, cells) -> add(Row.of(CSV_FILE, line, cells, columns), byId));
      }
    }
    List<ListEntry> entries = byId.values().stream().map(ListEntry.Builder::build).toList();
    String merged = rows == entries.size() ? "" : String.format(Locale.ROOT,
        "%d rows read as %d entries: rows repeating a name on the same sub-list (or an OFAC ent_num) were merged as further addresses.",
        rows, entries.size());
    // The file states no publication date; the importer gives it (update --as-of) or it stays empty.
    return new ParsedList(entries, "", merged);
  }

  private static Map<String, Integer> header(String[] names) throws ListFormatException {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      columns.put(names[i].strip().toLowerCase(Locale.ROOT), i);
    }
    List<String> missing = REQUIRED_COLUMNS.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new ListFormatException(CSV_FILE, 1, "not a Consolidated Screening List header: missing " + String.join(", ", missing)
          + "; found " + String.join(", ", columns.keySet()));
    }
    return columns;
  }

  /** One record of either file, by field name; multi-valued fields are joined with "; " as in the CSV. */
  record Row(String file, long line, Map<String, String> values) {
    static Row of(String file, long line, String[] cells, Map<String, Integer> columns) {
      Map<String, String> values = new LinkedHashMap<>();
      columns.forEach((column, i) -> values.put(column, cells[i]));
      return new Row(file, line, values);
    }

    String get(String column) {
      return values.getOrDefault(column, "").strip();
    }

    List<String> list(String column) {
      String value = get(column);
      return value.isEmpty() ? List.of() : List.of(value.split(";\\s*"));
    }
  }

  private static void add(Row row, Map<String, ListEntry.Builder> byId) throws ListFormatException {
    String subList = subListCode(row);
    String printedName = row.get("name");
    if (printedName.isEmpty()) {
      throw new ListFormatException(row.file(), row.line(), "a " + subList + " row has no name");
    }
    String name = cleanName(printedName);
    String entNum = row.get("entity_number");
    boolean treasury = TREASURY_LISTS.contains(subList) && entNum.matches("\\d+");
    // Trade.gov's _id changes between versions; the sub-list and a hash of the cleaned name do not.
    String key = subList.toLowerCase(Locale.ROOT) + "-" + (treasury ? entNum : EntryKeys.hash(name));
    ListEntry.Builder entry = byId.get(ID + ":" + key);
    if (entry == null) {
      entry = ListEntry.builder(ID, key, name, EntityType.ofListType(row.get("type"))).subList(subList);
      byId.put(entry.id(), entry);
      if (treasury) {
        entry.linkedTo((subList.equals("SDN") ? OfacSdnSource.ID : OfacNonSdnSource.ID) + ":" + entNum);
      }
      fillOnce(row, entry, printedName);
    }
    for (String address : row.list("addresses")) {
      entry.address(address(address));
    }
  }

  private static void fillOnce(Row row, ListEntry.Builder entry, String printedName) {
    if (SCOPE.matcher(printedName).find()) {
      entry.scope(SCOPE_SUFFIX);
    }
    for (String alt : row.list("alt_names")) {
      // BIS writes the last alias of a series as "and X".
      entry.alias(cleanName(alt.replaceFirst("^and\\s+", "")), AliasKind.AKA);
    }
    row.list("programs").forEach(entry::program);
    if (!row.get("start_date").isEmpty()) {
      entry.date("Start date", row.get("start_date"));
    }
    if (!row.get("end_date").isEmpty()) {
      entry.date("End date", row.get("end_date"));
    }
    List<String> remarks = new ArrayList<>();
    addLabelled(remarks, "", row.get("remarks"));
    addLabelled(remarks, "Federal Register: ", row.get("federal_register_notice"));
    addLabelled(remarks, "License requirement: ", row.get("license_requirement"));
    addLabelled(remarks, "License policy: ", row.get("license_policy"));
    entry.appendRemarks(String.join(" | ", remarks));
  }

  private static void addLabelled(List<String> parts, String label, String value) {
    if (!value.isEmpty()) {
      parts.add(label + value);
    }
  }

  /** "Entity List (EL) - Bureau of Industry and Security" is EL; "... (NS-MBS List) - ..." is NS-MBS. */
  static String subListCode(Row row) throws ListFormatException {
    Matcher m = SUB_LIST_CODE.matcher(row.get("source"));
    if (!m.find()) {
      throw new ListFormatException(row.file(), row.line(), "unknown source list '" + row.get("source") + "'");
    }
    return m.group(1);
  }

  /**
   * BIS's export turns characters outside its code page into '?': apostrophes ("Academy?s"), quotes
   * ("FAU ?Glavgosekspertiza Rossii?"), dashes and accented letters. Apostrophes and quotes are restored; the
   * rest are left as printed, since the normalizer ignores a '?' between letters. The scope clause is dropped.
   */
  static String cleanName(String printed) {
    String name = SCOPE.matcher(printed).replaceFirst("");
    name = POSSESSIVE.matcher(name).replaceAll("'");
    name = QUOTE_MARK.matcher(name).replaceAll("\"");
    return name.replaceAll("\\s+", " ").strip();
  }

  /** "No. 1 East Military Village, Chaoyang District, Beijing, CN": the last comma part is an ISO-2 country code. */
  static Address address(String text) {
    int comma = text.lastIndexOf(',');
    String last = comma < 0 ? text.strip() : text.substring(comma + 1).strip();
    if (ISO_COUNTRY.matcher(last).matches()) {
      return new Address(comma < 0 ? "" : text.substring(0, comma).strip(), "", last);
    }
    return new Address(text.strip(), "", "");
  }

}
