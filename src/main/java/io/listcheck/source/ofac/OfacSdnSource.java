package io.listcheck.source.ofac;

import io.listcheck.source.ListFormatException;
import io.listcheck.source.ListSource;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceDescriptor;
import io.listcheck.source.SourceFile;
import java.io.IOException;
import java.util.List;

/** OFAC's Specially Designated Nationals and Blocked Persons List, in its legacy CSV files. */
public final class OfacSdnSource implements ListSource {
  public static final String ID = "ofac-sdn";
  public static final String PRIMARY_FILE = "SDN.CSV";

  private static final SourceDescriptor DESCRIPTOR = new SourceDescriptor(
      ID,
      "OFAC Specially Designated Nationals (SDN) List",
      "U.S. Department of the Treasury, Office of Foreign Assets Control",
      "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists",
      "A full ban. US persons may not do business of any kind with a listed party: no purchase, payment, contract "
          + "or delivery, directly or through intermediaries, and any property or payment of the party that comes "
          + "into your hands must be blocked and reported to OFAC within 10 business days. Companies owned 50% or "
          + "more by listed parties are blocked too even when not named (OFAC's 50 Percent Rule). Stop the "
          + "transaction and involve compliance or counsel before doing anything else; violations carry civil "
          + "penalties on a strict-liability basis and criminal penalties when wilful.",
      "IEEPA (50 U.S.C. 1701-1706) and the program statutes; 31 CFR chapter V, incl. 31 CFR 501.603 (blocking reports)");

  private static final List<SourceFile> FILES = List.of(
      new SourceFile(PRIMARY_FILE, OfacNonSdnSource.EXPORTS + PRIMARY_FILE, true),
      new SourceFile("ALT.CSV", OfacNonSdnSource.EXPORTS + "ALT.CSV", false),
      new SourceFile("ADD.CSV", OfacNonSdnSource.EXPORTS + "ADD.CSV", false),
      new SourceFile("SDN_COMMENTS.CSV", OfacNonSdnSource.EXPORTS + "SDN_COMMENTS.CSV", false));

  private final OfacLegacyCsvParser parser =
      new OfacLegacyCsvParser(ID, PRIMARY_FILE, "ALT.CSV", "ADD.CSV", "SDN_COMMENTS.CSV", programs -> "SDN");

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

  @Override
  public ParsedList parse(RawFiles files) throws IOException, ListFormatException {
    // The CSV files carry no publication date; whoever imports them states it (update --as-of) or it stays empty.
    OfacLegacyCsvParser.Result result = parser.parse(files);
    return new ParsedList(result.entries(), "", result.orphanNote(PRIMARY_FILE));
  }
}
