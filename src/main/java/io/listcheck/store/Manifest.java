package io.listcheck.store;

import io.listcheck.model.SourceInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** {@code lists/manifest.json}: one {@link SourceInfo} per source, sorted by id. */
public record Manifest(int formatVersion, List<SourceInfo> sources) {
  public static final int FORMAT_VERSION = 1;

  public Manifest {
    sources = sources.stream().sorted(Comparator.comparing(SourceInfo::id)).toList();
  }

  public static Manifest empty() {
    return new Manifest(FORMAT_VERSION, List.of());
  }

  public Optional<SourceInfo> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** A manifest with {@code replacement} in place of the source of the same id. */
  public Manifest with(SourceInfo replacement) {
    return new Manifest(FORMAT_VERSION, Stream.concat(
        sources.stream().filter(s -> !s.id().equals(replacement.id())), Stream.of(replacement)).toList());
  }
}
