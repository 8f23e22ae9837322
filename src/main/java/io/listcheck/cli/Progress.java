package io.listcheck.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A progress bar on standard error for long runs, only on a terminal: in CI logs and pipes it would be escape-code
 * noise. It appears after a second and redraws at most five times a second.
 */
final class Progress {
  private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final long expectedRows;
  private final LongSupplier clock;
  private final long start;
  private long lastDraw;
  private long rows;
  private boolean drawn;

  /** @param expectedRows an estimate of the rows to come, or 0 when unknown */
  Progress(PrintWriter err, boolean enabled, long expectedRows) {
    this(err, enabled, expectedRows, System::nanoTime);
  }

  /** @param clock nanoseconds, as {@link System#nanoTime()} */
  Progress(PrintWriter err, boolean enabled, long expectedRows, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.expectedRows = expectedRows;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  void row() {
    rows++;
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start >= SHOW_AFTER_NANOS && now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  private void draw(long now) {
    double seconds = (now - start) / 1e9;
    String rate = String.format(Locale.ROOT, "%,d rows, %,.0f/s", rows, rows / seconds);
    if (expectedRows > 0) {
      double done = Math.min(0.99, (double) rows / expectedRows);
      int filled = (int) (done * WIDTH);
      err.print(String.format(Locale.ROOT, "\rscreening [%s%s] %3.0f%% %s ", "#".repeat(filled), ".".repeat(WIDTH - filled), done * 100, rate));
    } else {
      err.print("\rscreening " + rate + " ");
    }
    err.flush();
    drawn = true;
  }

  void finish() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
