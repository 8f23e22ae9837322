package io.listcheck.fetch;

import java.time.Duration;

/**
 * Limits for every download. The total limit bounds a whole download including retries, so a server that
 * trickles one byte per second (never tripping the read timeout) still fails.
 *
 * @param readTimeout longest wait for the next bytes of an answer
 * @param totalTimeout longest time one file may take, retries and backoff included
 * @param maxRetries how many times a 5xx answer or an I/O error is retried (0: try once)
 * @param initialBackoff wait before the first retry; it doubles for each further one, up to {@code maxBackoff}
 * @param maxRedirects how many redirects one download may follow (a loop fails before this)
 * @param maxBytes a cap on every file, on top of each source's own limit
 */
public record FetchSettings(
    Duration connectTimeout,
    Duration readTimeout,
    Duration totalTimeout,
    int maxRetries,
    Duration initialBackoff,
    Duration maxBackoff,
    int maxRedirects,
    long maxBytes) {

  public static final FetchSettings DEFAULTS = new FetchSettings(Duration.ofSeconds(30), Duration.ofSeconds(60),
      Duration.ofMinutes(10), 3, Duration.ofSeconds(2), Duration.ofSeconds(30), 10, Long.MAX_VALUE);

  public FetchSettings {
    requirePositive(connectTimeout, "connect timeout");
    requirePositive(readTimeout, "read timeout");
    requirePositive(totalTimeout, "total timeout");
    if (initialBackoff.isNegative() || maxBackoff.isNegative()) {
      throw new IllegalArgumentException("retry delays cannot be negative");
    }
    if (maxRetries < 0 || maxRedirects < 0 || maxBytes < 1) {
      throw new IllegalArgumentException("retries and redirects cannot be negative, the size limit must be positive");
    }
  }

  /** Wait before retry number {@code retry} (1-based): the initial backoff doubled per retry, capped. */
  public Duration backoff(int retry) {
    Duration wait = initialBackoff;
    for (int i = 1; i < retry && wait.compareTo(maxBackoff) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
  }

  private static void requirePositive(Duration d, String what) {
    if (d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(what + " must be positive");
    }
  }
}
