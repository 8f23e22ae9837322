package io.listcheck.match;

/** A precomputed index that cannot be used (stale, foreign or damaged); the message says why, in one line. */
public final class IndexFileException extends Exception {
  private static final long serialVersionUID = 1L;

  public IndexFileException(String message) {
    super(message);
  }
}
