package io.listcheck.screen;

/** A supplier's outcome. Every input row ends in exactly one. */
public enum Status {
  MATCH,
  REVIEW,
  CLEAR,
  /** Had hits, all of them suppressed by a reviewed, unexpired suppression. */
  SUPPRESSED,
  /** Could not be screened (e.g. no name); the row is reported, never dropped. */
  ERROR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
