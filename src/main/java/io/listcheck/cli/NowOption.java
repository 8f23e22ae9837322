package io.listcheck.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** The {@code --now INSTANT} option every command shares: pins the clock so that reports are reproducible. */
final class NowOption {
  private NowOption() {}

  /** The given instant, or the current time when the option was not given. */
  static Instant parse(String value) {
    if (value == null) {
      return Instant.now();
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserError(ExitCode.USAGE, "--now: '" + value + "' is not an instant like 2026-01-01T00:00:00Z");
    }
  }
}
