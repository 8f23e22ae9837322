package io.listcheck.source;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fixture files of one source under src/test/resources/fixtures/, as a parser sees them. */
public final class Fixtures {
  private Fixtures() {}

  public static Path path(String resource) {
    URL url = Fixtures.class.getResource("/fixtures/" + resource);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + resource);
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
}
