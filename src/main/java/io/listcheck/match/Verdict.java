package io.listcheck.match;

/** How strongly a supplier name resembles a listed name. */
public enum Verdict {
  /** Confident: the names are the same up to spelling, legal form, script or word order. */
  MATCH,
  /** Plausible, for a person to review: e.g. a distinctive listed brand inside a longer name. */
  REVIEW,
  CLEAR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
