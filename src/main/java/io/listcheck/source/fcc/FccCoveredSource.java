package io.listcheck.source.fcc;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.source.EntryBounds;
import io.listcheck.source.EntryKeys;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import io.listcheck.source.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The FCC Covered List (Secure and Trusted Communications Networks Act §2). The FCC publishes it only as an HTML
 * table whose rows are prose; entity names are the bold text. A flattened copy of that table (two columns,
 * {@code covered_equipment_or_services,date_of_inclusion_on_covered_list}) is read too, because archived
 * scrapes are often the only copy of a given version.
 */
public final class FccCoveredSource implements ListSource {
  public static final String ID = "fcc-covered";
  public static final String PAGE_FILE = "coveredlist.html";
  public static final String TABLE_CSV_FILE = "coveredlist.csv";
  private static final String PAGE_URL = "https://www.fcc.gov/supplychain/coveredlist";
  private static final String EQUIPMENT_HEADER = "covered equipment or services";
  private static final String DATE_HEADER = "date of inclusion";
  private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final Pattern US_DATE_TEXT = Pattern.compile("(January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2},\\s*\\d{4}");
  private static final Pattern NAMED_ENTITY = Pattern.compile(
      "(?:produced(?: or provided)?|provided|supplied, directly or indirectly,) by (.+?)"
          + "(?:,? including |,? to the extent |,? subject to | or any of | or any |\\.$)");
  private static final String SUBSIDIARY_JOIN = " and its wholly-owned subsidiary ";
  private static final String NDAA_1709 = "FY2025 NDAA §1709(a)(1) (Pub. L. 118-159), via the FCC Covered List UAS entry";

  /** Category rows name kinds of equipment by place of production, not entities. */
  private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

  static {
    CATEGORIES.put("uncrewed aircraft systems", "uas");
    CATEGORIES.put("routers", "routers");
    CATEGORIES.put("foreign-produced power inverters", "power-inverters");
    CATEGORIES.put("foreign-produced advanced robotic devices", "robotic-devices");
  }

  private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
      ID,
      "FCC Covered List",
      "Federal Communications Commission, Public Safety and Homeland Security Bureau",
      PAGE_URL,
      "Equipment and services on the Covered List pose an unacceptable risk to US national security. The FCC "
          + "no longer authorizes such equipment, and Universal Service Fund money may not buy, maintain or "
          + "support it (47 CFR 54.9); federal agencies and their contractors are separately barred from the "
          + "telecommunications and video surveillance equipment of Huawei, ZTE, Hytera, Hikvision and Dahua "
          + "(FY2019 NDAA §889, FAR 52.204-25). Do not buy the listed equipment or services; for category rows "
          + "(foreign-produced drones, routers, power inverters, robotic devices) check the product's origin and "
          + "any Conditional Approval.",
      "Secure and Trusted Communications Networks Act of 2019 §2 (47 U.S.C. 1601); 47 CFR 1.50002");

  @Override
  public SourceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<SourceFile> files() {
    return List.of(new SourceFile(PAGE_FILE, PAGE_URL, true));
  }

  @Override
  public int parserVersion() {
    return 1;
  }

  /**
   * 19 entries (16 rows, two §1709 companies in the UAS row) in August 2026; the list has only grown since its
   * start in 2021 with 5 rows. Fewer than 5 or more than 1,000 means the page is not the Covered List.
   */
  @Override
  public EntryBounds plausibleEntries() {
    return new EntryBounds(5, 1_000);
  }

  /** The page is about 150 KB. */
  @Override
  public long maxFileBytes() {
    return 16L * 1024 * 1024;
  }

  @Override
  public ParsedList parse(RawFiles files) throws IOException, ListFormatException {
    List<TableRow> rows;
    String file;
    Optional<Path> page = files.find(PAGE_FILE);
    if (page.isPresent()) {
      file = PAGE_FILE;
      rows = readHtml(TextFiles.read(page.get()), file);
    } else {
      file = TABLE_CSV_FILE;
      rows = readTableCsv(files.require(TABLE_CSV_FILE), file);
    }
    List<ListEntry> entries = new ArrayList<>();
    String newest = "";
    for (TableRow row : rows) {
      entries.addAll(entriesOf(row, file));
      for (String date : row.dates()) {
        newest = date.compareTo(newest) > 0 ? date : newest;
      }
    }
    return new ParsedList(entries, newest, "");
  }

  /** One row of the table: its prose, its bold names (empty when the copy lost them) and its ISO dates. */
  record TableRow(long line, String text, List<String> boldNames, List<String> dates) {}

  static List<TableRow> readHtml(String html, String file) throws ListFormatException {
    Document doc = Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true));
    Element table = doc.select("table").stream()
        .filter(t -> t.select("th, thead td").text().toLowerCase(Locale.ROOT).contains(EQUIPMENT_HEADER))
        .findFirst()
        .orElseThrow(() -> new ListFormatException(file, 0,
            "page layout changed: no table headed 'Covered Equipment or Services' (is this the FCC Covered List page?)"));
    List<TableRow> rows = new ArrayList<>();
    for (Element tr : table.select("tbody tr")) {
      List<Element> cells = tr.select("> td");
      if (cells.isEmpty()) {
        continue;
      }
      if (cells.size() != 2) {
        throw new ListFormatException(file, tr.sourceRange().start().lineNumber(),
            "page layout changed: a Covered List row has " + cells.size() + " cells, expected 2");
      }
      List<String> bold = cells.get(0).select("strong, b").eachText().stream().map(FccCoveredSource::clean).filter(s -> !s.isEmpty()).toList();
      rows.add(new TableRow(tr.sourceRange().start().lineNumber(), clean(cells.get(0).text()), bold, dates(cells.get(1).text())));
    }
    if (rows.isEmpty()) {
      throw new ListFormatException(file, 0, "page layout changed: the Covered List table has no rows");
    }
    return rows;
  }

  static List<TableRow> readTableCsv(Path csv, String file) throws IOException, ListFormatException {
    List<TableRow> rows = new ArrayList<>();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(TextFiles.read(csv))) {
      String[] header = it.hasNextValue() ? it.nextValue() : new String[0];
      if (header.length < 2 || !header[0].toLowerCase(Locale.ROOT).replace('_', ' ').contains(EQUIPMENT_HEADER)) {
        throw new ListFormatException(file, 1, "expected the header covered_equipment_or_services,date_of_inclusion_on_covered_list");
      }
      while (it.hasNextValue()) {
        long line = it.getCurrentLocation().getLineNr();
        String[] cells = it.nextValue();
        if (cells.length != 2) {
          throw new ListFormatException(file, line, "expected 2 columns, found " + cells.length);
        }
        // Scrapers inject screen-reader link text ("Visit - ") before linked words; it is not FCC text.
        rows.add(new TableRow(line, clean(cells[0].replace("Visit - ", "")), List.of(), dates(cells[1])));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new ListFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid CSV: " + e.getOriginalMessage());
    }
    return rows;
  }

  private List<ListEntry> entriesOf(TableRow row, String file) throws ListFormatException {
    String lower = row.text().toLowerCase(Locale.ROOT);
    String listed = row.dates().isEmpty() ? "" : row.dates().get(0);
    for (Map.Entry<String, String> category : CATEGORIES.entrySet()) {
      if (lower.startsWith(category.getKey())) {
        List<ListEntry> entries = new ArrayList<>();
        entries.add(withDates(ListEntry.builder(ID, "category-" + category.getValue(), firstSentence(row.text()), EntityType.CATEGORY), row)
            .scope(row.text()).appendRemarks(row.text()).build());
        if (category.getValue().equals("uas")) {
          entries.addAll(ndaa1709Entities(row));
        }
        return entries;
      }
    }
    List<String> names = row.boldNames().isEmpty() ? namesInProse(row.text()) : row.boldNames();
    if (names.isEmpty()) {
      throw new ListFormatException(file, row.line(), "page layout changed: cannot find the covered entity in row '"
          + abbreviate(row.text()) + "'");
    }
    List<ListEntry> entries = new ArrayList<>();
    for (String name : names) {
      entries.add(withDates(ListEntry.builder(ID, EntryKeys.slug(name), name, EntityType.ORGANIZATION), row)
          .program("Covered List").scope(row.text()).appendRemarks(row.text()).date("Date of Inclusion on Covered List", listed).build());
    }
    return entries;
  }

  private static ListEntry.Builder withDates(ListEntry.Builder entry, TableRow row) {
    for (int i = 1; i < row.dates().size(); i++) {
      entry.date("Updated", row.dates().get(i));
    }
    return entry;
  }

  /** The UAS row covers everything listed in FY2025 NDAA §1709(a)(1): DJI and Autel Robotics. */
  private static List<ListEntry> ndaa1709Entities(TableRow row) {
    String scope = "All communications and video surveillance equipment and services of the entity, its affiliates, "
        + "subsidiaries and partners, listed in FY2025 NDAA §1709(a)(1) and added to the Covered List with the UAS entry.";
    String listed = row.dates().isEmpty() ? "" : row.dates().get(0);
    ListEntry dji = ListEntry.builder(ID, "ndaa1709-dji", "Shenzhen Da-Jiang Innovations Sciences and Technologies Company Limited", EntityType.ORGANIZATION)
        .alias("DJI", AliasKind.AKA)
        .alias("Da-Jiang Innovations", AliasKind.AKA)
        .alias("SZ DJI Technology Co., Ltd.", AliasKind.AKA)
        .alias("深圳市大疆创新科技有限公司", AliasKind.ORIGINAL_SCRIPT)
        .program("Covered List").program(NDAA_1709).country("China").scope(scope)
        .date("Date of Inclusion on Covered List", listed)
        .appendRemarks("Named in FY2025 NDAA §1709(a)(1)(A); covered through the Covered List UAS entry.")
        .build();
    ListEntry autel = ListEntry.builder(ID, "ndaa1709-autel", "Autel Robotics", EntityType.ORGANIZATION)
        .alias("Autel Robotics Co., Ltd.", AliasKind.AKA)
        .alias("深圳市道通智能航空技术股份有限公司", AliasKind.ORIGINAL_SCRIPT)
        .program("Covered List").program(NDAA_1709).country("China").scope(scope)
        .date("Date of Inclusion on Covered List", listed)
        .appendRemarks("Named in FY2025 NDAA §1709(a)(1)(B); covered through the Covered List UAS entry.")
        .build();
    return List.of(dji, autel);
  }

  static List<String> namesInProse(String text) {
    Matcher m = NAMED_ENTITY.matcher(text);
    if (!m.find()) {
      return List.of();
    }
    String names = m.group(1).strip();
    return List.of(names.split(Pattern.quote(SUBSIDIARY_JOIN))).stream().map(String::strip).toList();
  }

  static List<String> dates(String cell) {
    List<String> dates = new ArrayList<>();
    Matcher m = US_DATE_TEXT.matcher(cell);
    while (m.find()) {
      try {
        dates.add(LocalDate.parse(m.group().replaceAll("\\s+", " ").replace(",", ", ").replace(",  ", ", "), US_DATE).toString());
      } catch (DateTimeParseException ignored) {
        // Not a calendar date after all (e.g. "February 30, 2026"): the row keeps its other dates.
      }
    }
    return dates;
  }

  /** Drops the FCC's footnote markers and normalizes whitespace. */
  static String clean(String text) {
    return text.replaceAll("[*†#^£³±]+", "").replace('\u00a0', ' ').replaceAll("\\s+", " ").replaceAll(" ([,.;])", "$1").strip();
  }

  private static String firstSentence(String text) {
    int cut = text.indexOf(" —");
    cut = cut < 0 ? text.indexOf('—') : cut;
    cut = cut < 0 ? text.indexOf(", except") : cut;
    return (cut > 0 ? text.substring(0, cut) : text).replaceAll("[,.]$", "").strip();
  }


  private static String abbreviate(String text) {
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
