package io.listcheck.fetch;

import java.nio.file.Path;

/**
 * A finished download.
 *
 * @param file the downloaded bytes (decompressed), or null when {@link #notModified}
 * @param etag and {@code lastModified}: the publisher's validators for the next conditional GET
 * @param notModified the publisher answered 304: the copy we have is current and nothing was downloaded
 */
public record Fetched(Path file, String sha256, long bytes, String etag, String lastModified, boolean notModified) {

  static Fetched unchanged(Validators validators) {
    return new Fetched(null, "", 0, validators.etag(), validators.lastModified(), true);
  }
}
