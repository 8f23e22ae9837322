package io.listcheck.source.ofac;

import io.listcheck.source.EntryBounds;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import java.io.IOException;
import java.util.List;

/**
 * OFAC's Consolidated Sanctions List (the non-SDN lists: NS-CMIC, SSI, NS-MBS, NS-PLC, FSE, CAPTA) in its
 * legacy CSV files. The CSVs name no sub-list, so it is inferred from programs where that is reliable.
 */
public final class OfacNonSdnSource implements ListSource {
  public static final String ID = "ofac-nonsdn";
  static final String EXPORTS = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";

  private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
      ID,
      "OFAC Consolidated (non-SDN) List, incl. NS-CMIC",
      "U.S. Department of the Treasury, Office of Foreign Assets Control",
      "https://ofac.treasury.gov/other-ofac-sanctions-lists",
      "Mostly NOT a purchasing ban. The Non-SDN Chinese Military-Industrial Complex (NS-CMIC) list forbids US "
          + "persons to buy or sell publicly traded securities of the listed companies (E.O. 13959 as amended by "
          + "E.O. 14032); it does not by itself forbid buying their goods or services. Sectoral (SSI) and menu-based "
          + "(NS-MBS) listings restrict only the transactions their directives name. A hit here is a red flag to "
          + "check against the other lists (e.g. DJI, Hikvision and Huawei are also restricted for procurement "
          + "under FY2019 NDAA §889, the FCC Covered List or FY2025 NDAA §1709).",
      "E.O. 13959 as amended by E.O. 14032 (NS-CMIC); E.O. 13662 directives (SSI); 31 CFR chapter V");

  private static final List<SourceFile> FILES = List.of(
      new SourceFile("CONS_PRIM.CSV", EXPORTS + "CONS_PRIM.CSV", true),
      new SourceFile("CONS_ALT.CSV", EXPORTS + "CONS_ALT.CSV", false),
      new SourceFile("CONS_ADD.CSV", EXPORTS + "CONS_ADD.CSV", false),
      new SourceFile("CONS_COMMENTS.CSV", EXPORTS + "CONS_COMMENTS.CSV", false));

  private final OfacLegacyCsvParser parser = new OfacLegacyCsvParser(
      ID, "CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV", OfacNonSdnSource::subList);

  @Override
  public SourceDescriptor descriptor() {
    return DESCRIPTOR;
  }

  @Override
  public List<SourceFile> files() {
    return FILES;
  }

  @Override
  public int parserVersion() {
    return 2; // 2: remark aliases are weak
  }

  /**
   * 442 entries on 2025-12-19; the consolidated list has held a few hundred entries since 2014. Fewer than 10
   * or more than 20,000 means the files are not the consolidated list.
   */
  @Override
  public EntryBounds plausibleEntries() {
    return new EntryBounds(10, 20_000);
  }

  /** The four CSVs together are about 350 KB. */
  @Override
  public long maxFileBytes() {
    return 64L * 1024 * 1024;
  }

  @Override
  public ParsedList parse(RawFiles files) throws IOException, ListFormatException {
    // The CSV files carry no publication date; the as-of date is the retrieval date, recorded separately.
    OfacLegacyCsvParser.Result result = parser.parse(files);
    return new ParsedList(result.entries(), "", result.orphanNote("CONS_PRIM.CSV"));
  }

  /**
   * Only the programs that map one-to-one onto a sub-list are trusted (OFAC's enhanced XML confirms the counts:
   * 68 CMIC-EO13959 = Non-SDN CMIC List, 286 UKRAINE-EO13662 = SSI List, 78 NS-PLC = NS-PLC List).
   */
  static String subList(List<String> programs) {
    if (programs.contains("CMIC-EO13959")) {
      return "NS-CMIC";
    }
    if (programs.contains("NS-PLC")) {
      return "NS-PLC";
    }
    if (programs.contains("UKRAINE-EO13662")) {
      return "SSI";
    }
    return "Consolidated";
  }
}
