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
  private final Map<String, String> env;
  private final Properties properties;
  private final ProxySelector jvmDefault;

  public ProxySettings(Map<String, String> env, Properties properties, ProxySelector jvmDefault) {
    this.env = Map.copyOf(env);
    this.properties = properties;
    this.jvmDefault = jvmDefault;
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
    String proxy = variable(scheme + "_proxy");
    if (proxy.isBlank() || bypassed(uri.getHost())) {
      return List.of(Proxy.NO_PROXY);
    }
    URI address = URI.create(proxy.contains("://") ? proxy : "http://" + proxy);
    if (address.getHost() == null) {
      throw new IllegalArgumentException(scheme.toUpperCase(Locale.ROOT) + "_PROXY: '" + proxy + "' is not host:port or a URL");
    }
    int port = address.getPort() > 0 ? address.getPort() : "https".equals(address.getScheme()) ? 443 : 80;
    return List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(address.getHost(), port)));
  }

  @Override
  public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
    // Nothing to remember: a failed proxy fails the download, which is retried and then reported.
  }

  private String variable(String name) {
    String lower = env.get(name.toLowerCase(Locale.ROOT));
    return lower != null ? lower : env.getOrDefault(name.toUpperCase(Locale.ROOT), "");
  }

  /** NO_PROXY: comma-separated host names or domain suffixes (".gov" or "gov"), or "*" for all. */
  private boolean bypassed(String host) {
    if (host == null) {
      return true;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return Arrays.stream(variable("no_proxy").split(","))
        .map(s -> s.strip().toLowerCase(Locale.ROOT))
        .filter(s -> !s.isEmpty())
        .anyMatch(s -> s.equals("*") || h.equals(s.replaceFirst("^\\.", "")) || h.endsWith(s.startsWith(".") ? s : "." + s));
  }
}
