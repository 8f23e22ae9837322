package io.listcheck.source;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** Test fixtures written in the publishers' formats, under src/test/resources. */
public final class Fixtures {
  private Fixtures() {}

  /** A test resource: an absolute resource path, or a path relative to {@code /fixtures/}. */
  public static Path path(String resource) {
    URL url = Fixtures.class.getResource(resource.startsWith("/") ? resource : "/fixtures/" + resource);
    if (url == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** RawFiles holding the named files of fixtures/{@code dir}, each under its own name. */
  public static RawFiles raw(String dir, String... names) {
    Map<String, Path> files = new LinkedHashMap<>();
    for (String name : names) {
      files.put(name, path(dir + "/" + name));
    }
    return new RawFiles(files);
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
