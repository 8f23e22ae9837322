package io.listcheck.model;

/**
 * How a list relates an alternative name to its entry. Kept apart because a "formerly known as" name is
 * weaker evidence than a current "also known as", and reviewers need to see which one matched.
 */
public enum AliasKind {
  /** also known as */
  AKA,
  /** weak a.k.a. (OFAC's "weak aka": too generic to screen alone) */
  WEAK_AKA,
  /** formerly known as */
  FKA,
  /** now known as */
  NKA,
  /** the same name written in its original script (e.g. Chinese, Cyrillic) */
  ORIGINAL_SCRIPT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
