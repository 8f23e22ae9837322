package io.listcheck.store;

/**
 * The list snapshot is missing, unreadable or inconsistent; screening must not go on without it. The message is one
 * line: it may quote the manifest or an entries file (a source id), whose strings may hold line breaks.
 */
public class SnapshotException extends Exception {
  private static final long serialVersionUID = 1L;

  public SnapshotException(String message) {
    super(message.replaceAll("\\R", " "));
  }

  public SnapshotException(String message, Throwable cause) {
    super(message.replaceAll("\\R", " "), cause);
  }
}
