package io.listcheck.model;

import java.util.List;

/**
 * One source's entry in {@code lists/manifest.json}: what the snapshot is, where it came from and when.
 *
 * @param asOf the publisher's own date for the data (ISO date), or empty when the data states none
 * @param retrievedAt when listcheck fetched or imported the raw files (ISO instant)
 * @param lastChecked when listcheck last asked the publisher, even if nothing changed (ISO instant)
 * @param provenance an honest sentence on where the data came from ("transcribed", "partial: 68 of 187", ...)
 * @param snapshotFile the normalized entries file inside {@code lists/}
 * @param snapshotSha256 SHA-256 of {@code snapshotFile}, checked when the snapshot is loaded
 * @param status how the newest update attempt went; manifests written before it existed read as ok
 */
public record SourceInfo(
    String id,
    String title,
    String publisher,
    String officialUrl,
    String consequence,
    String citation,
    String asOf,
    String retrievedAt,
    String lastChecked,
    int entries,
    int parserVersion,
    List<SourceFileInfo> files,
    String provenance,
    String snapshotFile,
    String snapshotSha256,
    SourceStatus status) {

  public SourceInfo {
    title = orEmpty(title);
    publisher = orEmpty(publisher);
    officialUrl = orEmpty(officialUrl);
    consequence = orEmpty(consequence);
    citation = orEmpty(citation);
    asOf = orEmpty(asOf);
    retrievedAt = orEmpty(retrievedAt);
    lastChecked = orEmpty(lastChecked);
    provenance = orEmpty(provenance);
    snapshotFile = orEmpty(snapshotFile);
    snapshotSha256 = orEmpty(snapshotSha256);
    files = List.copyOf(files == null ? List.of() : files);
    status = status == null ? SourceStatus.OK : status;
  }

  /** A source whose newest update succeeded. */
  public SourceInfo(String id, String title, String publisher, String officialUrl, String consequence, String citation,
      String asOf, String retrievedAt, String lastChecked, int entries, int parserVersion, List<SourceFileInfo> files,
      String provenance, String snapshotFile, String snapshotSha256) {
    this(id, title, publisher, officialUrl, consequence, citation, asOf, retrievedAt, lastChecked, entries,
        parserVersion, files, provenance, snapshotFile, snapshotSha256, SourceStatus.OK);
  }

  public SourceInfo withLastChecked(String instant) {
    return new SourceInfo(id, title, publisher, officialUrl, consequence, citation, asOf, retrievedAt, instant,
        entries, parserVersion, files, provenance, snapshotFile, snapshotSha256, status);
  }

  /** The same snapshot, with the outcome of the newest update attempt. */
  public SourceInfo withStatus(SourceStatus newStatus) {
    return new SourceInfo(id, title, publisher, officialUrl, consequence, citation, asOf, retrievedAt, lastChecked,
        entries, parserVersion, files, provenance, snapshotFile, snapshotSha256, newStatus);
  }

  /** A hand-edited or older manifest may leave a field out; reports then show it empty rather than "null". */
  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
