package io.listcheck.screen;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Finds the name, id and country columns of a supplier table by the headers vendor masters commonly use. */
public final class Columns {
  private static final List<String> NAME_HEADERS = List.of(
      "name", "supplier", "supplier name", "supplier_name", "suppliername", "vendor", "vendor name", "vendor_name",
      "vendorname", "company", "company name", "company_name", "companyname", "legal name", "legal_name",
      "organization", "organisation", "entity", "entity name", "business name", "name1", "name 1");

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

  /** The headers as one line for messages: a quoted header may hold a line break. */
  public static String describe(List<String> headers) {
    return headers.stream().map(h -> h.replaceAll("(?:\\R|\\s)+", " ")).collect(Collectors.joining(", "));
  }

  private static String normalize(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
  }
}
