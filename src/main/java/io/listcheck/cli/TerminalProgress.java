package io.listcheck.cli;

import io.listcheck.fetch.ProgressListener;
import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for downloads (and a status line while a source is parsed) on standard error, redrawn
 * in place with a carriage return and no colour codes, at most ten times a second. Only used on a terminal: in a
 * pipe or a CI log the redraws would be noise.
 */
final class TerminalProgress implements ProgressListener {
  private static final int BAR_WIDTH = 24;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final LongSupplier nanoClock;
  private String label = "";
  private long expected = -1;
  private long received;
  private long lastDrawn = Long.MIN_VALUE;
  private int lastWidth;

  TerminalProgress(PrintWriter err, LongSupplier nanoClock) {
    this.err = err;
    this.nanoClock = nanoClock;
  }

  /** A bar when stderr is an interactive terminal and the user did not ask for none, else nothing. */
  static ProgressListener forConsole(PrintWriter err, boolean disabled) {
    return disabled || !isTerminal(System.console()) ? ProgressListener.NONE : new TerminalProgress(err, System::nanoTime);
  }

  /**
   * From JDK 22 on, System.console() is non-null even when output is redirected; {@code isTerminal()} (JDK 22+)
   * then tells the truth. On older JDKs a non-null console means a terminal.
   */
  static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  @Override
  public void started(String name, long expectedBytes) {
    label = name;
    expected = expectedBytes;
    received = 0;
    lastDrawn = Long.MIN_VALUE;
    draw();
  }

  @Override
  public void advanced(long bytes) {
    received += bytes;
    long t = nanoClock.getAsLong();
    if (lastDrawn == Long.MIN_VALUE || t - lastDrawn >= REDRAW_NANOS) {
      lastDrawn = t;
      draw();
    }
  }

  @Override
  public void finished() {
    err.print("\r" + " ".repeat(lastWidth) + "\r");
    err.flush();
    lastWidth = 0;
  }

  String line() {
    if (expected <= 0) {
      return received == 0 ? label : label + "  " + size(received);
    }
    int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * received / expected);
    long percent = Math.min(100, 100 * received / expected);
    return String.format(Locale.ROOT, "%s  [%s%s] %3d%%  %s / %s", label, "=".repeat(filled), " ".repeat(BAR_WIDTH - filled),
        percent, size(received), size(expected));
  }

  private void draw() {
    String line = line();
    err.print("\r" + line + " ".repeat(Math.max(0, lastWidth - line.length())));
    err.flush();
    lastWidth = line.length();
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
