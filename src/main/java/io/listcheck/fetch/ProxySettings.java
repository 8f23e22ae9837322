package io.listcheck.fetch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Chooses the proxy for a URL the way procurement offices configure one: the JVM's standard properties
 * ({@code https.proxyHost}, {@code http.proxyHost}, {@code http.nonProxyHosts}, ...) when set, otherwise the
 * {@code HTTPS_PROXY} / {@code HTTP_PROXY} / {@code NO_PROXY} environment variables (upper or lower case), else
 * a direct connection.
 */
public final class ProxySettings extends ProxySelector {
  private final Properties properties;
  private final ProxySelector jvmDefault;
  private final Map<String, Proxy> byScheme;
  private final List<String> noProxy;

  /**
   * @throws IllegalArgumentException naming the variable when HTTPS_PROXY or HTTP_PROXY is not host:port or a URL
   */
  public ProxySettings(Map<String, String> env, Properties properties, ProxySelector jvmDefault) {
    this.properties = properties;
    this.jvmDefault = jvmDefault;
    this.byScheme = new java.util.HashMap<>();
    for (String scheme : List.of("https", "http")) {
      String value = variable(env, scheme + "_proxy");
      if (!value.isBlank()) {
        byScheme.put(scheme, parse(scheme.toUpperCase(Locale.ROOT) + "_PROXY", value));
      }
    }
    this.noProxy = Arrays.stream(variable(env, "no_proxy").split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public static ProxySettings fromSystem() {
    return new ProxySettings(System.getenv(), System.getProperties(), ProxySelector.getDefault());
  }

  @Override
  public List<Proxy> select(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!properties.getProperty(scheme + ".proxyHost", "").isBlank() && jvmDefault != null) {
      return jvmDefault.select(uri);
    }
    Proxy proxy = byScheme.get(scheme);
    return List.of(proxy == null || bypassed(uri.getHost()) ? Proxy.NO_PROXY : proxy);
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    // Nothing to remember: a failed proxy fails the download, which is retried and then reported.
  }

  private static Proxy parse(String name, String value) {
    URI address;
    try {
      address = URI.create(value.contains("://") ? value.strip() : "http://" + value.strip());
    } catch (IllegalArgumentException e) {
      address = null;
    }
    if (address == null || address.getHost() == null) {
      throw new IllegalArgumentException(name + ": '" + value + "' is not host:port or a URL like http://proxy.example:3128");
    }
    int port = address.getPort() > 0 ? address.getPort() : "https".equals(address.getScheme()) ? 443 : 80;
    return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(address.getHost(), port));
  }

  private static String variable(Map<String, String> env, String name) {
    String lower = env.get(name.toLowerCase(Locale.ROOT));
    return lower != null ? lower : env.getOrDefault(name.toUpperCase(Locale.ROOT), "");
  }

  /** NO_PROXY: comma-separated host names or domain suffixes (".gov" or "gov"), or "*" for all. */
  private boolean bypassed(String host) {
    if (host == null) {
      return true;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return noProxy.stream().anyMatch(s -> s.equals("*") || h.equals(s.replaceFirst("^\\.", "")) || h.endsWith(s.startsWith(".") ? s : "." + s));
  }
}
