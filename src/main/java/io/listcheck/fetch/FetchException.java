package io.listcheck.fetch;

/** A download failed for good (after any retries). The message is one line naming the URL and the cause. */
public class FetchException extends Exception {
  private static final long serialVersionUID = 1L;

  public FetchException(String message) {
    super(message);
  }
}
