package io.listcheck.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.listcheck.model.SourceInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@code lists/manifest.json}: one {@link SourceInfo} per source, sorted by id, and the snapshot's precomputed index
 * (null when there is none, e.g. in snapshots written before indexes existed).
 */
public record Manifest(int formatVersion, List<SourceInfo> sources, @JsonInclude(JsonInclude.Include.NON_NULL) IndexInfo index) {
  public static final int FORMAT_VERSION = 1;

  /** Sources without an id sort first: {@link SnapshotStore#readManifest} rejects them by name, not by a crash here. */
  private static final Comparator<SourceInfo> BY_ID = Comparator.nullsFirst(
      Comparator.comparing(SourceInfo::id, Comparator.nullsFirst(Comparator.naturalOrder())));

  public Manifest {
    sources = sources == null ? List.of() : sources.stream().sorted(BY_ID).toList();
  }

  public Manifest(int formatVersion, List<SourceInfo> sources) {
    this(formatVersion, sources, null);
  }

  /**
   * The precomputed index file ({@code index.<sha12>.bin}, docs/index-format.md), named after its content like the
   * entries files.
   */
  public record IndexInfo(String file, String sha256) {}

  public static Manifest empty() {
    return new Manifest(FORMAT_VERSION, List.of());
  }

  public Optional<SourceInfo> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * A manifest with {@code replacement} in place of the source of the same id. It names no index: an index belongs
   * to one set of entries files, and whoever changes them writes the index anew ({@link #withIndex}).
   */
  public Manifest with(SourceInfo replacement) {
    return new Manifest(FORMAT_VERSION, Stream.concat(
        sources.stream().filter(s -> !s.id().equals(replacement.id())), Stream.of(replacement)).toList());
  }

  public Manifest withIndex(IndexInfo index) {
    return new Manifest(formatVersion, sources, index);
  }
}
