package io.listcheck.source.statutes;

import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.source.CsvTable;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Companies that Acts of Congress name directly in procurement prohibitions. No agency publishes them as a list, so
 * they are kept as a reviewed file in the repository ({@code lists/curated/us-statutes.csv}), one row per named
 * entity with its citation, the statute's scope words and well-known other names.
 */
public final class UsStatutesSource implements ListSource {
  public static final String ID = "us-statutes";
  public static final String FILE = "us-statutes.csv";
  static final List<String> COLUMNS = List.of("key", "law", "citation", "name", "aliases", "original_script", "scope", "reviewed", "notes");

  private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
      ID,
      "Named in procurement statutes (NDAA §889, §1634, §1709)",
      "U.S. Congress (curated by listcheck from the statutes and FAR clauses)",
      "https://www.acquisition.gov/far/52.204-25",
      "Federal procurement bans written into law. §889 / FAR 52.204-25: a federal contractor may not provide the "
          + "government equipment, systems or services that use covered telecommunications or video surveillance "
          + "equipment of Huawei, ZTE, Hytera, Hikvision or Dahua (or their subsidiaries and affiliates) as a "
          + "substantial or essential component, and since August 13, 2020 agencies may not contract with a company "
          + "that uses such equipment anywhere in its business. §1634 / FAR 52.204-23: no hardware, software or service "
          + "developed or provided in whole or in part by Kaspersky Lab, its successors, affiliates or majority-owned "
          + "entities, may be provided to or used for the government. §1709: the communications and video "
          + "surveillance equipment of DJI and Autel Robotics is on the FCC Covered List (no new FCC equipment "
          + "authorizations). Outside federal contracts these laws do not ban purchases, but a hit means the item "
          + "cannot go into government work.",
      "FY2019 NDAA §889 (Pub. L. 115-232), FAR 52.204-25; FY2018 NDAA §1634 (Pub. L. 115-91), FAR 52.204-23; "
          + "FY2025 NDAA §1709 (Pub. L. 118-159)");

  @Override
  public SourceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** The reviewed file has no download; {@code update --from lists/curated} (or a folder holding it) imports it. */
  @Override
  public List<SourceFile> files() {
    return List.of(new SourceFile(FILE, "", true));
  }

  @Override
  public int parserVersion() {
    return 1;
  }

  @Override
  public ParsedList parse(RawFiles files) throws IOException, ListFormatException {
    List<ListEntry> entries = new ArrayList<>();
    Map<String, Integer> index = new LinkedHashMap<>();
    String[] newest = {""};
    try (InputStream in = files.open(FILE)) {
      CsvTable.read(in, FILE, names -> index.putAll(header(names)), (line, cells) -> {
        Map<String, String> row = new LinkedHashMap<>();
        index.forEach((column, i) -> row.put(column, cells[i].strip()));
        entries.add(entry(row, line));
        newest[0] = row.get("reviewed").compareTo(newest[0]) > 0 ? row.get("reviewed") : newest[0];
      });
    }
    // The as-of date of a curated file is the date it was last reviewed against the statutes.
    return new ParsedList(entries, newest[0], "Reviewed file kept in the listcheck repository (lists/curated/us-statutes.csv), "
        + "written from the FAR 52.204-25 and 52.204-23 clause texts and the facts on FY2025 NDAA §1709.");
  }

  private static Map<String, Integer> header(String[] names) throws ListFormatException {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      index.put(names[i].strip(), i);
    }
    if (!index.keySet().containsAll(COLUMNS)) {
      throw new ListFormatException(FILE, 1, "expected the columns " + String.join(", ", COLUMNS) + "; found " + String.join(", ", index.keySet()));
    }
    return index;
  }

  private static ListEntry entry(Map<String, String> row, long line) throws ListFormatException {
    for (String required : List.of("key", "law", "citation", "name", "scope", "reviewed")) {
      if (row.get(required).isEmpty()) {
        throw new ListFormatException(FILE, line, "no " + required + " (every named entity needs its citation, scope and review date)");
      }
    }
    if (!row.get("reviewed").matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new ListFormatException(FILE, line, "reviewed '" + row.get("reviewed") + "' is not an ISO date (yyyy-mm-dd)");
    }
    ListEntry.Builder entry = ListEntry.builder(ID, row.get("key"), row.get("name"), EntityType.ORGANIZATION)
        .subList(row.get("law")).program(row.get("citation")).scope(row.get("scope")).appendRemarks(row.get("notes"))
        .date("Reviewed", row.get("reviewed"));
    for (String alias : split(row.get("aliases"))) {
      entry.alias(alias, AliasKind.AKA);
    }
    for (String original : split(row.get("original_script"))) {
      entry.alias(original, AliasKind.ORIGINAL_SCRIPT);
    }
    return entry.build();
  }

  private static List<String> split(String cell) {
    return cell.isEmpty() ? List.of() : List.of(cell.split(";\\s*"));
  }
}
