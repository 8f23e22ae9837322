package io.listcheck.update;

import io.listcheck.source.ListSource;
import io.listcheck.source.SourceFile;
import io.listcheck.source.SourceRegistry;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where each official file is downloaded from: the publisher's URL unless overridden (mirrors, proxies that
 * rewrite URLs, and tests pointing at a local server).
 *
 * <p>Override keys: {@code ID:FILE} replaces one file's URL; {@code ID} replaces the URL of a one-file source,
 * and for a source of several files is a base URL to which each official file name is appended
 * ({@code https://mirror.example/ofac/} serves {@code .../ofac/CONS_PRIM.CSV}).
 */
public final class SourceUrls {
  private final Map<String, URI> overrides;

  private SourceUrls(Map<String, URI> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  public static SourceUrls official() {
    return new SourceUrls(Map.of());
  }

  /**
   * @throws IllegalArgumentException naming the key when it names no known source or file, or its URL is not
   *     an absolute http(s) URL
   */
  public static SourceUrls of(Map<String, String> overrides, SourceRegistry registry) {
    Map<String, URI> checked = new LinkedHashMap<>();
    overrides.forEach((key, value) -> checked.put(normalizedKey(key, registry), parse(key, value)));
    return new SourceUrls(checked);
  }

  public URI urlFor(ListSource source, SourceFile file) {
    URI exact = overrides.get(source.id() + ":" + file.name().toUpperCase(Locale.ROOT));
    if (exact != null) {
      return exact;
    }
    URI whole = overrides.get(source.id());
    if (whole == null) {
      return URI.create(file.url());
    }
    if (source.files().size() == 1) {
      return whole;
    }
    String base = whole.toString();
    return URI.create(base + (base.endsWith("/") ? "" : "/") + file.name());
  }

  private static String normalizedKey(String key, SourceRegistry registry) {
    String[] parts = key.split(":", 2);
    ListSource source = registry.find(parts[0]).orElseThrow(() -> new IllegalArgumentException(
        "'" + key + "': unknown source '" + parts[0] + "' (known: " + String.join(", ", registry.all().stream().map(ListSource::id).toList()) + ")"));
    if (parts.length == 1) {
      return source.id();
    }
    Optional<SourceFile> file = source.files().stream().filter(f -> f.name().equalsIgnoreCase(parts[1])).findFirst();
    if (file.isEmpty()) {
      List<String> names = source.files().stream().map(SourceFile::name).toList();
      throw new IllegalArgumentException("'" + key + "': " + source.id() + " has no file '" + parts[1] + "' (its files: " + String.join(", ", names) + ")");
    }
    return source.id() + ":" + file.get().name().toUpperCase(Locale.ROOT);
  }

  private static URI parse(String key, String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException("'" + key + "': '" + value + "' is not an http:// or https:// URL");
      }
      return uri;
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("'" + key + "': '" + value + "' is not a URL: " + e.getReason());
    }
  }
}
