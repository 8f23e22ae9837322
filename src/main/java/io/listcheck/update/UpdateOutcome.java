package io.listcheck.update;

/**
 * What an update did to one source.
 *
 * @param detail a one-line reason or count, naming the file and cause for failures
 */
public record UpdateOutcome(String sourceId, Kind kind, String detail) {
  public enum Kind {
    UPDATED,
    UNCHANGED,
    /** No files for this source were offered (e.g. an {@code --from} folder with a subset of lists). */
    SKIPPED,
    /** The new data was rejected; the previous snapshot is kept. */
    FAILED
  }

  public boolean failed() {
    return kind == Kind.FAILED;
  }
}
