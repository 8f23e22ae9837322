package io.listcheck.fetch;

/**
 * What the publisher said about the copy we have, sent back for a conditional GET so that an unchanged file is
 * not downloaded again. Empty strings mean unknown.
 */
public record Validators(String etag, String lastModified) {
  public static final Validators NONE = new Validators("", "");

  public Validators {
    etag = etag == null ? "" : etag;
    lastModified = lastModified == null ? "" : lastModified;
  }

  public boolean isEmpty() {
    return etag.isEmpty() && lastModified.isEmpty();
  }
}
