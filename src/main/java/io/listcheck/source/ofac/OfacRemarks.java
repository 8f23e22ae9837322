package io.listcheck.source.ofac;

import io.listcheck.model.AliasKind;
import io.listcheck.model.Identifier;
import io.listcheck.model.ListEntry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the semi-structured Remarks of OFAC's legacy CSVs ("a.k.a. 'X'; Linked To: Y; Listing Date (CMIC) 16 Dec
 * 2021; Unified Social Credit Code (USCC) 9144... (China)."), because aliases and identifiers that exist
 * nowhere else in the CSV files live there. The aliases there are OFAC's weak ones: the advanced XML marks exactly
 * these {@code isLowQuality}.
 */
final class OfacRemarks {
  private static final Pattern ALIAS = Pattern.compile("^(?:a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.)\\s*'(.+)'\\.?$");
  private static final Pattern LINKED_TO = Pattern.compile("^Linked To:\\s*(.+?)\\.?$");
  private static final Pattern DATED = Pattern.compile("^(.*\\bDate\\b.*?)[:]?\\s+(\\d{1,2} [A-Z][a-z]{2} \\d{4})\\.?$");
  private static final Pattern IDENTIFIER = Pattern.compile(
      "^(?:alt\\. )?(?:Vessel Registration Identification )?(Unified Social Credit Code \\(USCC\\)|ISIN|Registration Number|Tax ID No\\.|Legal Entity Number"
          + "|Business Registration Number|Company Number|Registration ID|Government Gazette Number|Equity Ticker"
          + "|Passport|National ID No\\.|Cedula No\\.|Identification Number|IMO|MMSI|SWIFT/BIC|D-U-N-S Number)"
          + "\\s+(\\S+(?: \\S+)*?)(?:\\s+\\(([^()]+)\\))?\\.?$");
  private static final DateTimeFormatter OFAC_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private OfacRemarks() {}

  static void apply(String remarks, ListEntry.Builder entry) {
    for (String part : remarks.split(";\\s+")) {
      String item = part.strip();
      if (item.isEmpty()) {
        continue;
      }
      Matcher m;
      if ((m = ALIAS.matcher(item)).matches()) {
        // OFAC prints only its weak (low-quality) aliases in the remarks; the strong ones are in ALT.CSV
        entry.alias(m.group(1), AliasKind.WEAK_AKA);
      } else if ((m = LINKED_TO.matcher(item)).matches()) {
        entry.linkedTo(m.group(1));
      } else if ((m = DATED.matcher(item)).matches()) {
        String label = m.group(1).strip();
        isoDate(m.group(2)).ifPresent(d -> entry.date(label, d));
      } else if ((m = IDENTIFIER.matcher(item)).matches()) {
        entry.identifier(new Identifier(m.group(1), m.group(2), m.group(3)));
      }
    }
  }

  static java.util.Optional<String> isoDate(String ofacDate) {
    try {
      return java.util.Optional.of(LocalDate.parse(ofacDate, OFAC_DATE).toString());
    } catch (DateTimeParseException e) {
      return java.util.Optional.empty();
    }
  }
}
