package io.listcheck.store;

/** The list snapshot is missing, unreadable or inconsistent; screening must not go on without it. */
public class SnapshotException extends Exception {
  private static final long serialVersionUID = 1L;

  public SnapshotException(String message) {
    super(message);
  }

  public SnapshotException(String message, Throwable cause) {
    super(message, cause);
  }
}
