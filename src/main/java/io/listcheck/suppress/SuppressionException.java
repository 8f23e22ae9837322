package io.listcheck.suppress;

/** A suppression file that cannot be used; the message names the file, the line and the problem. */
public class SuppressionException extends Exception {
  private static final long serialVersionUID = 1L;

  public SuppressionException(String message) {
    super(message);
  }
}
