package io.listcheck.screen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds the name, id and country columns of a supplier table by the headers vendor masters commonly use. */
public final class Columns {
  private static final List<String> NAME_HEADERS = List.of(
      "name", "supplier", "supplier name", "supplier_name", "suppliername", "vendor", "vendor name", "vendor_name",
      "vendorname", "company", "company name", "company_name", "companyname", "legal name", "legal_name",
      "organization", "organisation", "entity", "entity name", "business name", "name1", "name 1");
  private static final int MAX_HEADER_SHOWN = 40;
  private static final int MAX_HEADERS_SHOWN = 30;

  /** Column positions in a table; -1 for an optional column that was not asked for. */
  public record Selected(int name, int id, int country) {}

  private Columns() {}

  public static Optional<Integer> find(List<String> headers, String wanted) {
    for (int i = 0; i < headers.size(); i++) {
      if (normalize(headers.get(i)).equals(normalize(wanted))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  public static Optional<Integer> findName(List<String> headers) {
    for (String candidate : NAME_HEADERS) {
      Optional<Integer> found = find(headers, candidate);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Picks the columns of a header row. A chosen column whose header appears twice is an error: which of the two
   * holds the names cannot be guessed.
   */
  public static Selected select(String source, long line, List<String> headers, InputColumns wanted) throws InputException {
    int name = wanted.name().isEmpty()
        ? findName(headers).orElseThrow(() -> new InputException(source, line,
            "no supplier name column; use --column NAME. Columns found: " + describe(headers)))
        : find(headers, wanted.name()).orElseThrow(() -> new InputException(source, line,
            "no column named '" + wanted.name() + "'. Columns found: " + describe(headers)));
    Selected selected = new Selected(name, optional(source, line, headers, wanted.id(), "--id-column"),
        optional(source, line, headers, wanted.country(), "--country-column"));
    for (int column : List.of(selected.name(), selected.id(), selected.country())) {
      requireUnique(source, line, headers, column);
    }
    return selected;
  }

  private static int optional(String source, long line, List<String> headers, String wanted, String option) throws InputException {
    if (wanted.isEmpty()) {
      return -1;
    }
    return find(headers, wanted).orElseThrow(() -> new InputException(source, line,
        "no column named '" + wanted + "' for " + option + ". Columns found: " + describe(headers)));
  }

  private static void requireUnique(String source, long line, List<String> headers, int column) throws InputException {
    if (column < 0) {
      return;
    }
    List<Integer> same = new ArrayList<>();
    for (int i = 0; i < headers.size(); i++) {
      if (normalize(headers.get(i)).equals(normalize(headers.get(column)))) {
        same.add(i + 1);
      }
    }
    if (same.size() > 1) {
      throw new InputException(source, line, "the header '" + shorten(headers.get(column)) + "' appears in columns "
          + same + "; rename one so it is clear which to screen");
    }
  }

  /** The headers for an error message, shortened so that a hostile 10 MB header line gives a one-line message. */
  public static String describe(List<String> headers) {
    if (headers.isEmpty()) {
      return "(none)";
    }
    List<String> shown = headers.stream().limit(MAX_HEADERS_SHOWN).map(h -> "'" + shorten(h) + "'").toList();
    String more = headers.size() > MAX_HEADERS_SHOWN ? " and " + (headers.size() - MAX_HEADERS_SHOWN) + " more" : "";
    return String.join(", ", shown) + more;
  }

  private static String shorten(String header) {
    String visible = header.replaceAll("\\p{Cntrl}", "?");
    return visible.length() <= MAX_HEADER_SHOWN ? visible : visible.substring(0, MAX_HEADER_SHOWN) + "...";
  }

  private static String normalize(String header) {
    return header.replace('\uFEFF', ' ').strip().toLowerCase(Locale.ROOT);
  }
}
