package io.listcheck.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The raw files of one source, by official file name (case-insensitive: OFAC's mirrors use lower case). */
public final class RawFiles {
  private final Map<String, Path> byName = new TreeMap<>();

  public RawFiles(Map<String, Path> files) {
    files.forEach((name, path) -> byName.put(name.toUpperCase(Locale.ROOT), path));
  }

  public Optional<Path> find(String name) {
    return Optional.ofNullable(byName.get(name.toUpperCase(Locale.ROOT)));
  }

  public Path require(String name) throws ListFormatException {
    return find(name).orElseThrow(() -> new ListFormatException(name, 0, "file is missing"));
  }

  public InputStream open(String name) throws IOException, ListFormatException {
    return Files.newInputStream(require(name));
  }

  public boolean isEmpty() {
    return byName.isEmpty();
  }
}
