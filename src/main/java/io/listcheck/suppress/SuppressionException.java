package io.listcheck.suppress;

/**
 * A suppression file that cannot be used; the message names the file, the line and the problem, on one line: problems
 * quote the file (a key, a date), and a quoted YAML scalar may hold line breaks.
 */
public class SuppressionException extends Exception {
  private static final long serialVersionUID = 1L;

  public SuppressionException(String message) {
    super(message.replaceAll("\\R", " "));
  }
}
