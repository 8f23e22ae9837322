package io.listcheck.source;

/**
 * How many entries a correct parse of a source can plausibly have. A count outside these bounds means the
 * publisher served something else (an error page that parsed, a truncated file, a changed layout), so the new
 * data never replaces the previous snapshot.
 */
public record EntryBounds(int min, int max) {
  /** For sources that document no bounds: anything but empty. */
  public static final EntryBounds NON_EMPTY = new EntryBounds(1, Integer.MAX_VALUE);

  public EntryBounds {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("entry bounds must satisfy 1 <= min <= max, got " + min + ".." + max);
    }
  }

  public boolean contains(int count) {
    return count >= min && count <= max;
  }

  @Override
  public String toString() {
    return max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
  }
}
