package io.listcheck.source.ofac;

import io.listcheck.model.Address;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.RawFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Joins OFAC's four legacy CSV files (primary, alternate names, addresses, remark overflow) into entries. The SDN
 * list and the Consolidated non-SDN list publish the same layout under different file names.
 */
public final class OfacLegacyCsvParser {
  private final String sourceId;
  private final String primaryFile;
  private final String altFile;
  private final String addFile;
  private final String commentsFile;
  private final Function<List<String>, String> subListOfPrograms;

  public OfacLegacyCsvParser(String sourceId, String primaryFile, String altFile, String addFile, String commentsFile,
      Function<List<String>, String> subListOfPrograms) {
    this.sourceId = sourceId;
    this.primaryFile = primaryFile;
    this.altFile = altFile;
    this.addFile = addFile;
    this.commentsFile = commentsFile;
    this.subListOfPrograms = subListOfPrograms;
  }

  /**
   * Entries in ent_num order, and how many companion rows named an ent_num the primary file lacks (a same-day set
   * has none; files of different dates do).
   */
  public record Result(List<ListEntry> entries, Map<String, Integer> orphanRows) {
    public Result {
      entries = List.copyOf(entries);
      orphanRows = Map.copyOf(orphanRows);
    }

    /** A provenance sentence when companion rows were not used, else empty. */
    public String orphanNote(String primaryFile) {
      if (orphanRows.isEmpty()) {
        return "";
      }
      return new java.util.TreeMap<>(orphanRows).entrySet().stream()
          .map(e -> e.getValue() + " " + e.getKey() + " rows")
          .collect(java.util.stream.Collectors.joining(", ", "", " name entries missing from " + primaryFile
              + " (files of different dates?) and were not used."));
    }
  }

  /** Entries keyed by OFAC's ent_num, in ent_num order. Companion files are optional. */
  public Result parse(RawFiles files) throws IOException, ListFormatException {
    Map<Integer, ListEntry.Builder> byEntNum = readPrimary(files);
    Map<String, Integer> orphans = new LinkedHashMap<>();
    Optional<java.nio.file.Path> comments = files.find(commentsFile);
    if (comments.isPresent()) {
      for (OfacCsv.Row row : OfacCsv.read(comments.get(), commentsFile, 2)) {
        ListEntry.Builder entry = byEntNum.get(row.intCell(0, commentsFile));
        if (entry == null) {
          orphans.merge(commentsFile, 1, Integer::sum);
        } else {
          entry.appendRemarks(row.cell(1));
        }
      }
    }
    for (ListEntry.Builder entry : byEntNum.values()) {
      OfacRemarks.apply(entry.remarks(), entry);
    }
    Optional<java.nio.file.Path> alt = files.find(altFile);
    if (alt.isPresent()) {
      for (OfacCsv.Row row : OfacCsv.read(alt.get(), altFile, 5)) {
        ListEntry.Builder entry = byEntNum.get(row.intCell(0, altFile));
        if (entry == null) {
          orphans.merge(altFile, 1, Integer::sum);
        } else {
          entry.alias(row.cell(3), altKind(row.cell(2)));
        }
      }
    }
    Optional<java.nio.file.Path> add = files.find(addFile);
    if (add.isPresent()) {
      for (OfacCsv.Row row : OfacCsv.read(add.get(), addFile, 6)) {
        ListEntry.Builder entry = byEntNum.get(row.intCell(0, addFile));
        if (entry == null) {
          orphans.merge(addFile, 1, Integer::sum);
        } else {
          entry.address(new Address(row.cell(2), row.cell(3), row.cell(4)));
        }
      }
    }
    List<ListEntry> entries = new ArrayList<>(byEntNum.size());
    byEntNum.values().forEach(b -> entries.add(b.build()));
    return new Result(entries, orphans);
  }

  private Map<Integer, ListEntry.Builder> readPrimary(RawFiles files) throws IOException, ListFormatException {
    List<OfacCsv.Row> rows = OfacCsv.read(files.require(primaryFile), primaryFile, 12);
    rows.sort(Comparator.comparingLong(r -> r.line()));
    Map<Integer, ListEntry.Builder> byEntNum = new LinkedHashMap<>();
    for (OfacCsv.Row row : rows) {
      int entNum = row.intCell(0, primaryFile);
      if (row.cell(1).isEmpty()) {
        throw new ListFormatException(primaryFile, row.line(), "entry " + entNum + " has no name");
      }
      List<String> programs = List.of(row.cell(3).split("\\]\\s*\\["));
      EntityType type = EntityType.ofListType(row.cell(2));
      ListEntry.Builder entry = ListEntry.builder(sourceId, Integer.toString(entNum), row.cell(1), type)
          .subList(subListOfPrograms.apply(programs))
          .appendRemarks(row.cell(11));
      if (type == EntityType.INDIVIDUAL) {
        entry.alias(naturalOrder(row.cell(1)), AliasKind.AKA);
      }
      programs.forEach(entry::program);
      if (byEntNum.putIfAbsent(entNum, entry) != null) {
        throw new ListFormatException(primaryFile, row.line(), "entry " + entNum + " appears twice");
      }
    }
    return new java.util.TreeMap<>(byEntNum);
  }

  /**
   * OFAC prints individuals as "LAST, First Middle"; suppliers write "First Middle Last", and exact-name scoring
   * compares word order, so the natural order is kept as an alias. Names with no or several commas are left alone.
   */
  static String naturalOrder(String ofacName) {
    int comma = ofacName.indexOf(", ");
    if (comma <= 0 || ofacName.indexOf(',', comma + 1) >= 0) {
      return "";
    }
    return ofacName.substring(comma + 2).strip() + " " + ofacName.substring(0, comma).strip();
  }


  private static AliasKind altKind(String altType) {
    return switch (altType.toLowerCase(java.util.Locale.ROOT)) {
      case "fka" -> AliasKind.FKA;
      case "nka" -> AliasKind.NKA;
      case "weak aka" -> AliasKind.WEAK_AKA;
      default -> AliasKind.AKA;
    };
  }
}
