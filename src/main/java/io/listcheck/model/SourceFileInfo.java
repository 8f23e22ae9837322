package io.listcheck.model;

/**
 * Provenance of one raw file a snapshot was built from.
 *
 * @param etag and {@code lastModified} come from the publisher's HTTP answer (empty for a local import) and
 *     make the next update a conditional GET
 */
public record SourceFileInfo(String name, String url, String sha256, long bytes, String etag, String lastModified) {
  public SourceFileInfo {
    url = url == null ? "" : url;
    etag = etag == null ? "" : etag;
    lastModified = lastModified == null ? "" : lastModified;
  }
}
