package io.listcheck.screen;

/**
 * One supplier to screen.
 *
 * @param row 1-based position among the input's data rows
 * @param line the physical line (or spreadsheet row) it came from, for error messages and annotations
 * @param supplierId the supplier's id from the input, or empty
 * @param country the supplier's country from the input, or empty
 */
public record SupplierRecord(long row, long line, String name, String supplierId, String country) {
  public SupplierRecord {
    name = name == null ? "" : name;
    supplierId = supplierId == null ? "" : supplierId;
    country = country == null ? "" : country;
  }
}
