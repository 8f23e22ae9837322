package io.listcheck.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxySettingsTest {
  private static final URI OFAC = URI.create("https://sanctionslistservice.ofac.treas.gov/api/x.csv");

  private static String proxyOf(ProxySettings settings, URI uri) {
    Proxy proxy = settings.select(uri).get(0);
    if (proxy.type() == Proxy.Type.DIRECT) {
      return "direct";
    }
    InetSocketAddress a = (InetSocketAddress) proxy.address();
    return a.getHostString() + ":" + a.getPort();
  }

  @Test
  void goesDirectWithoutAnyProxySetting() {
    assertThat(proxyOf(new ProxySettings(Map.of(), new Properties(), null), OFAC)).isEqualTo("direct");
  }

  @Test
  void usesHttpsProxyFromTheEnvironmentInEitherCase() {
    assertThat(proxyOf(new ProxySettings(Map.of("HTTPS_PROXY", "http://proxy.agency.example:3128"), new Properties(), null), OFAC))
        .isEqualTo("proxy.agency.example:3128");
    assertThat(proxyOf(new ProxySettings(Map.of("https_proxy", "proxy.agency.example:8080"), new Properties(), null), OFAC))
        .isEqualTo("proxy.agency.example:8080");
    assertThat(proxyOf(new ProxySettings(Map.of("HTTPS_PROXY", "proxy:1"), new Properties(), null), URI.create("http://x/")))
        .isEqualTo("direct");
  }

  @Test
  void honoursNoProxyBySuffix() {
    ProxySettings settings = new ProxySettings(Map.of("HTTPS_PROXY", "proxy:3128", "NO_PROXY", "localhost, .treas.gov"), new Properties(), null);
    assertThat(proxyOf(settings, OFAC)).isEqualTo("direct");
    assertThat(proxyOf(settings, URI.create("https://data.trade.gov/x.csv"))).isEqualTo("proxy:3128");
  }

  @Test
  void namesAMalformedProxyVariable() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProxySettings(Map.of("HTTPS_PROXY", "http://:3128"), new Properties(), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HTTPS_PROXY: 'http://:3128' is not host:port or a URL");
  }

  @Test
  void prefersTheJvmProxyProperties() {
    Properties jvm = new Properties();
    jvm.setProperty("https.proxyHost", "jvmproxy");
    java.net.ProxySelector fromJvm = new java.net.ProxySelector() {
      @Override
      public java.util.List<Proxy> select(URI uri) {
        return java.util.List.of(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("jvmproxy", 9999)));
      }

      @Override
      public void connectFailed(URI uri, java.net.SocketAddress sa, java.io.IOException ioe) {}
    };
    assertThat(proxyOf(new ProxySettings(Map.of("HTTPS_PROXY", "envproxy:1"), jvm, fromJvm), OFAC)).isEqualTo("jvmproxy:9999");
  }

  @Test
  void downloadsThroughTheProxyTheEnvironmentNames(@TempDir Path temp) throws Exception {
    byte[] csv = "1,\"VIA PROXY\"\n".getBytes(StandardCharsets.UTF_8);
    try (FixtureServer proxy = new FixtureServer()) {
      // A forward proxy gets the absolute URL; the JDK server routes it by path.
      proxy.on("/exports/CONS_PRIM.CSV", FixtureServer.ok(csv, "text/csv"));
      ProxySettings settings = new ProxySettings(Map.of("HTTP_PROXY", "127.0.0.1:" + proxy.url("/").getPort()), new Properties(), null);
      try (HttpFetcher fetcher = new HttpFetcher(HttpFetcherTest.FAST, settings)) {
        URI unreachable = URI.create("http://publisher.invalid/exports/CONS_PRIM.CSV");
        Fetched fetched = fetcher.fetch(new FetchRequest("p", unreachable, ContentKind.CSV, 1000, Validators.NONE),
            temp.resolve("d"), ProgressListener.NONE);
        assertThat(Files.readAllBytes(fetched.file())).isEqualTo(csv);
      }
      assertThat(proxy.requests().get(0).headers().getFirst("Host")).isEqualTo("publisher.invalid");
    }
  }
}
