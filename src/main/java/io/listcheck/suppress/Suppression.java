package io.listcheck.suppress;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One reviewed false positive: this supplier is not that listed entry, as of the entry's fingerprint, until
 * {@code expires} (inclusive).
 *
 * @param supplier the supplier's name or id, as in the input
 * @param entry the listed entry's id, e.g. {@code ofac-nonsdn:33111}
 * @param fingerprint the entry's {@link io.listcheck.store.EntryFingerprint} when it was reviewed
 * @param location file and line, for messages
 */
public record Suppression(String supplier, String entry, String fingerprint, String reason, String reviewer,
    LocalDate expires, String location) {

  public boolean coversSupplier(String name, String supplierId) {
    String wanted = key(supplier);
    return wanted.equals(key(name)) || (!supplierId.isBlank() && wanted.equals(key(supplierId)));
  }

  public boolean isExpiredOn(LocalDate today) {
    return today.isAfter(expires);
  }

  private static String key(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
