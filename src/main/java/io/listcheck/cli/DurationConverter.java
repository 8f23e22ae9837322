package io.listcheck.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Durations as people write them: {@code 2w}, {@code 30d}, {@code 12h}, {@code 90m}, {@code 30s}, {@code 250ms}, or
 * ISO-8601 ({@code PT36H}).
 */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})(ms|s|m|h|d|w)");

  @Override
  public Duration convert(String value) {
    Matcher m = FORM.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return iso(value);
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "ms" -> Duration.ofMillis(n);
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofDays(7 * n);
    };
  }

  private static Duration iso(String value) {
    try {
      Duration parsed = Duration.parse(value.strip().toUpperCase(Locale.ROOT));
      if (!parsed.isNegative()) {
        return parsed;
      }
    } catch (DateTimeParseException e) {
      // reported below with the forms people write
    }
    throw new TypeConversionException("'" + value + "' is not a duration like 2w, 30d, 12h, 90m, 30s, 250ms or PT36H");
  }
}
