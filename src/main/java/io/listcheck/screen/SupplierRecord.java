package io.listcheck.screen;

/**
 * One supplier to screen.
 *
 * @param row 1-based position among the input's data rows
 * @param line the physical line (or spreadsheet row) it came from, for error messages and annotations
 * @param supplierId the supplier's id from the input, or empty
 * @param country the supplier's country from the input, or empty
 * @param problem why the row could not be read (it is then reported as an error, never dropped), or empty
 */
public record SupplierRecord(long row, long line, String name, String supplierId, String country, String problem) {
  public SupplierRecord {
    name = name == null ? "" : name;
    supplierId = supplierId == null ? "" : supplierId;
    country = country == null ? "" : country;
    problem = problem == null ? "" : problem;
  }

  public SupplierRecord(long row, long line, String name, String supplierId, String country) {
    this(row, line, name, supplierId, country, "");
  }

  public static SupplierRecord unreadable(long row, long line, String problem) {
    return new SupplierRecord(row, line, "", "", "", problem);
  }
}
