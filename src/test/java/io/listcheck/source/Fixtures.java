package io.listcheck.source;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Test fixtures written in the publishers' formats, under src/test/resources. */
public final class Fixtures {
  private Fixtures() {}

  public static Path path(String resource) {
    try {
      return Path.of(Fixtures.class.getResource(resource).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no test resource " + resource, e);
    }
  }

  /** Every file of a fixture folder, by file name. */
  public static RawFiles folder(String resource) throws IOException {
    Map<String, Path> files = new LinkedHashMap<>();
    try (Stream<Path> listing = Files.list(path(resource))) {
      listing.sorted().forEach(p -> files.put(p.getFileName().toString(), p));
    }
    return new RawFiles(files);
  }
}
