package io.listcheck.cli;

/** listcheck's exit codes, documented in README.md. */
public final class ExitCode {
  /** No unsuppressed hit at or above the --fail-on level; for update: every offered source is current. */
  public static final int OK = 0;
  /** Hits found. */
  public static final int HITS = 1;
  /** Bad usage, or an input file that cannot be read. */
  public static final int USAGE = 2;
  /** List data missing, stale or broken; for update: at least one source failed and kept its previous snapshot. */
  public static final int LIST_DATA = 3;
  /** A bug: please report it with the output of --debug. */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
