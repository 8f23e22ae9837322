package io.listcheck.store;

import io.listcheck.model.SourceInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * How current a source's snapshot is. Its age runs from the last time listcheck confirmed the data with the
 * publisher (a download or a 304 answer); for data never checked that way (imported with {@code --from}) from
 * the data's own as-of date, else from when it was imported.
 *
 * @param since when the age starts, or null when the manifest gives no readable date
 * @param age the age at the reference time, or null when unknown (a snapshot of unknown age is stale under any
 *     limit, and is never shown as fresh)
 * @param status {@code ok}, {@code stale}, {@code failed, kept previous} or {@code stale; failed, kept previous}
 */
public record Freshness(Instant since, Duration age, boolean stale, String status) {

  /** @param maxAge the oldest acceptable age, or null for no limit */
  public static Freshness of(SourceInfo source, Instant now, Duration maxAge) {
    Instant since = since(source);
    Duration age = since == null ? null : Duration.between(since, now);
    boolean stale = maxAge != null && (age == null || age.compareTo(maxAge) > 0);
    String status = source.status().failed() ? (stale ? "stale; failed, kept previous" : "failed, kept previous") : stale ? "stale" : "ok";
    return new Freshness(since, age == null ? null : age.isNegative() ? Duration.ZERO : age, stale, status);
  }

  private static Instant since(SourceInfo source) {
    try {
      if (!source.lastChecked().isBlank()) {
        return Instant.parse(source.lastChecked());
      }
      if (source.asOf().length() == 10) {
        return LocalDate.parse(source.asOf()).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return source.retrievedAt() == null || source.retrievedAt().isBlank() ? null : Instant.parse(source.retrievedAt());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The age in whole days, hours below one day, e.g. "31d" or "5h"; "unknown" without a readable date. */
  public String ageLabel() {
    if (age == null) {
      return "unknown";
    }
    return age.toDays() >= 1 ? age.toDays() + "d" : age.toHours() + "h";
  }
}
