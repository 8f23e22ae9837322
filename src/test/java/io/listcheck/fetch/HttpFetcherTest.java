package io.listcheck.fetch;

import static io.listcheck.fetch.FixtureServer.cutAfter;
import static io.listcheck.fetch.FixtureServer.gzipped;
import static io.listcheck.fetch.FixtureServer.ok;
import static io.listcheck.fetch.FixtureServer.redirect;
import static io.listcheck.fetch.FixtureServer.silentFor;
import static io.listcheck.fetch.FixtureServer.status;
import static io.listcheck.fetch.FixtureServer.withValidators;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.store.SnapshotStore;
import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpFetcherTest {
  private static final byte[] CSV = "36,\"ACME TRADING\",-0- ,\"CMIC-EO13959\"\n".getBytes(StandardCharsets.UTF_8);
  private static final String TEXT_CSV = "text/csv";

  /** Small limits so that every fault shows within a second or two. */
  static final FetchSettings FAST = new FetchSettings(Duration.ofMillis(500), Duration.ofMillis(400),
      Duration.ofSeconds(3), 2, Duration.ofMillis(10), Duration.ofMillis(40), 5, Long.MAX_VALUE);

  @TempDir
  Path temp;

  private final FixtureServer server = new FixtureServer();
  private final HttpFetcher fetcher = new HttpFetcher(FAST, direct());

  @AfterEach
  void stop() throws IOException {
    fetcher.close();
    server.close();
  }

  static ProxySelector direct() {
    return new ProxySettings(Map.of(), new Properties(), null);
  }

  private Fetched fetch(String path, ContentKind kind, long maxBytes) throws FetchException {
    return fetcher.fetch(new FetchRequest("test " + path, server.url(path), kind, maxBytes, Validators.NONE),
        temp.resolve("download"), ProgressListener.NONE);
  }

  private Fetched fetchCsv(String path) throws FetchException {
    return fetch(path, ContentKind.CSV, 1 << 20);
  }

  @Test
  void downloadsToAFileWithItsSha256AndSendsTheListcheckUserAgent() throws Exception {
    server.on("/a.csv", ok(CSV, TEXT_CSV));
    Fetched fetched = fetchCsv("/a.csv");
    assertThat(Files.readAllBytes(fetched.file())).isEqualTo(CSV);
    assertThat(fetched.sha256()).isEqualTo(SnapshotStore.sha256(CSV));
    assertThat(fetched.bytes()).isEqualTo(CSV.length);
    assertThat(server.requests().get(0).headers().getFirst("User-Agent")).isEqualTo(HttpFetcher.userAgent()).startsWith("listcheck/");
  }

  @Test
  void retriesA503AndThenSucceeds() throws Exception {
    server.on("/a.csv", status(503), status(502), ok(CSV, TEXT_CSV));
    assertThat(Files.readAllBytes(fetchCsv("/a.csv").file())).isEqualTo(CSV);
    assertThat(server.requestCount("/a.csv")).isEqualTo(3);
  }

  @Test
  void waitsAsLongAsRetryAfterAsksUpToTheBackoffCap() throws Exception {
    FixtureServer.Answer busy = ex -> {
      ex.getResponseHeaders().set("Retry-After", "1");
      FixtureServer.status(429).send(ex);
    };
    server.on("/a.csv", busy, ok(CSV, TEXT_CSV));
    FetchSettings capped = new FetchSettings(FAST.connectTimeout(), FAST.readTimeout(), FAST.totalTimeout(), 1,
        Duration.ofMillis(10), Duration.ofMillis(300), 5, Long.MAX_VALUE);
    long start = System.nanoTime();
    try (HttpFetcher patient = new HttpFetcher(capped, direct())) {
      patient.fetch(new FetchRequest("a", server.url("/a.csv"), ContentKind.CSV, 1000, Validators.NONE), temp.resolve("d"), ProgressListener.NONE);
    }
    // Backoff alone would wait 10 ms; Retry-After: 1 capped at 300 ms waits 300 ms.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(server.requestCount("/a.csv")).isEqualTo(2);
  }

  @Test
  void givesUpOnA503AfterTheConfiguredRetries() {
    server.on("/a.csv", status(503));
    assertThatThrownBy(() -> fetchCsv("/a.csv")).isInstanceOf(FetchException.class)
        .hasMessageContaining("/a.csv: HTTP 503").hasMessageContaining("gave up after 3 attempts");
    assertThat(server.requestCount("/a.csv")).isEqualTo(3);
  }

  @Test
  void doesNotRetryA404() {
    server.on("/a.csv", status(404));
    assertThatThrownBy(() -> fetchCsv("/a.csv")).hasMessageContaining("HTTP 404").hasMessageNotContaining("attempts");
    assertThat(server.requestCount("/a.csv")).isEqualTo(1);
  }

  @Test
  void failsWhenTheServerSendsNothingWithinTheReadTimeout() {
    server.on("/a.csv", silentFor(1500));
    assertThatThrownBy(() -> fetchCsv("/a.csv")).hasMessageContaining("no answer within the read timeout of 400ms");
  }

  @Test
  void retriesAConnectionCutMidBodyAndReportsItWhenItPersists() throws Exception {
    byte[] big = "x,y\n".repeat(5000).getBytes(StandardCharsets.UTF_8);
    server.on("/cut.csv", cutAfter(big, 100, TEXT_CSV));
    assertThatThrownBy(() -> fetchCsv("/cut.csv")).hasMessageContaining("connection cut before the end of the body");
    assertThat(server.requestCount("/cut.csv")).isEqualTo(3);
    server.on("/cut2.csv", cutAfter(big, 100, TEXT_CSV), ok(big, TEXT_CSV));
    assertThat(fetchCsv("/cut2.csv").bytes()).isEqualTo(big.length);
  }

  @Test
  void stopsAServerThatTricklesBytesAtTheTotalTimeLimit() throws IOException {
    // 4 bytes every 100 ms never trips the 400 ms read timeout; 10 KB would take 4 minutes.
    server.on("/slow.csv", server.trickle("a,b\n".repeat(2500).getBytes(StandardCharsets.UTF_8), TEXT_CSV, 100));
    FetchSettings oneSecond = new FetchSettings(FAST.connectTimeout(), FAST.readTimeout(), Duration.ofSeconds(1),
        FAST.maxRetries(), FAST.initialBackoff(), FAST.maxBackoff(), FAST.maxRedirects(), FAST.maxBytes());
    long start = System.nanoTime();
    try (HttpFetcher limited = new HttpFetcher(oneSecond, direct())) {
      assertThatThrownBy(() -> limited.fetch(new FetchRequest("slow", server.url("/slow.csv"), ContentKind.CSV, 1 << 20, Validators.NONE),
          temp.resolve("d"), ProgressListener.NONE)).hasMessageContaining("did not finish within the total limit of 1s");
    }
    // The whole body would take over four minutes at this pace.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
  }

  @Test
  void followsRedirectsButNotALoop() throws Exception {
    server.on("/old.csv", redirect("/new.csv")).on("/new.csv", ok(CSV, TEXT_CSV));
    assertThat(fetchCsv("/old.csv").bytes()).isEqualTo(CSV.length);
    server.on("/a", redirect("/b")).on("/b", redirect("/a"));
    assertThatThrownBy(() -> fetchCsv("/a")).hasMessageContaining("redirect loop or too many redirects");
  }

  @Test
  void stopsAfterTheRedirectLimit() {
    for (int i = 0; i < 10; i++) {
      server.on("/r" + i, redirect("/r" + (i + 1)));
    }
    assertThatThrownBy(() -> fetchCsv("/r0")).hasMessageContaining("redirect loop or too many redirects (limit 5)");
  }

  @Test
  void abortsABodyOverTheSourcesSizeLimit() {
    server.on("/big.csv", ok(new byte[200_000], TEXT_CSV));
    assertThatThrownBy(() -> fetch("/big.csv", ContentKind.CSV, 100_000)).hasMessageContaining("over the limit of 100000 bytes");
  }

  @Test
  void decompressesGzipAndCountsTheLimitOnDecompressedBytes() throws Exception {
    server.on("/z.csv", gzipped(CSV, TEXT_CSV, 1.0));
    Fetched fetched = fetchCsv("/z.csv");
    assertThat(Files.readAllBytes(fetched.file())).isEqualTo(CSV);
    assertThat(server.requests().get(0).headers().getFirst("Accept-Encoding")).contains("gzip");
  }

  @Test
  void cutsOffAGzipBombAtTheSizeLimit() throws Exception {
    byte[] bomb = new byte[64 * 1024 * 1024];
    server.on("/bomb.csv", gzipped(bomb, TEXT_CSV, 1.0));
    assertThat(FixtureServer.gzip(bomb).length).isLessThan(100_000);
    assertThatThrownBy(() -> fetch("/bomb.csv", ContentKind.CSV, 1_000_000))
        .hasMessageContaining("beyond the limit of 1000000 bytes").hasMessageContaining("after decompression");
    assertThat(Files.size(temp.resolve("download"))).isLessThanOrEqualTo(1_000_000 + 64 * 1024);
  }

  @Test
  void rejectsATruncatedGzipStream() throws IOException {
    server.on("/t.csv", gzipped("a,b\n".repeat(10_000).getBytes(StandardCharsets.UTF_8), TEXT_CSV, 0.5));
    assertThatThrownBy(() -> fetchCsv("/t.csv")).hasMessageContaining("/t.csv").hasMessageContaining("truncated");
  }

  @Test
  void rejectsAnHtmlErrorPageWhereCsvWasExpected() {
    byte[] page = "<!DOCTYPE html><html><body>Service temporarily unavailable</body></html>".getBytes(StandardCharsets.UTF_8);
    server.on("/typed.csv", ok(page, "text/html; charset=utf-8"));
    assertThatThrownBy(() -> fetchCsv("/typed.csv")).hasMessageContaining("HTML page").hasMessageContaining("CSV");
    server.on("/untyped.csv", ok(page, "text/plain"));
    assertThatThrownBy(() -> fetchCsv("/untyped.csv")).hasMessageContaining("HTML page where CSV data was expected");
  }

  @Test
  void acceptsTheGenericTypesOfSignedDownloadUrls() throws Exception {
    server.on("/s3.csv", ok(CSV, "binary/octet-stream"));
    assertThat(fetchCsv("/s3.csv").bytes()).isEqualTo(CSV.length);
    server.on("/pic.csv", ok(CSV, "image/png"));
    assertThatThrownBy(() -> fetchCsv("/pic.csv")).hasMessageContaining("unexpected Content-Type image/png for CSV data");
  }

  @Test
  void rejectsAnEmpty200() {
    server.on("/empty.csv", ok(new byte[0], TEXT_CSV));
    assertThatThrownBy(() -> fetchCsv("/empty.csv")).hasMessageContaining("empty answer");
  }

  @Test
  void rejectsAWrongOrMissingContentTypeWhereItMatters() {
    server.on("/page.html", ok("{\"not\":\"a page\"}".getBytes(StandardCharsets.UTF_8), "application/json"));
    assertThatThrownBy(() -> fetch("/page.html", ContentKind.HTML, 1 << 20)).hasMessageContaining("unexpected Content-Type application/json");
    server.on("/untyped.html", ok("<html></html>".getBytes(StandardCharsets.UTF_8), null));
    assertThatThrownBy(() -> fetch("/untyped.html", ContentKind.HTML, 1 << 20)).hasMessageContaining("no Content-Type");
    server.on("/list.pdf", ok("<html>".getBytes(StandardCharsets.UTF_8), "application/octet-stream"));
    assertThatThrownBy(() -> fetch("/list.pdf", ContentKind.PDF, 1 << 20)).hasMessageContaining("HTML page");
  }

  @Test
  void sendsValidatorsAndDownloadsNothingOnNotModified() throws Exception {
    server.on("/v.csv", withValidators(CSV, TEXT_CSV, "\"v1\"", "Tue, 01 Sep 2026 10:00:00 GMT"));
    Fetched first = fetchCsv("/v.csv");
    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(first.lastModified()).isEqualTo("Tue, 01 Sep 2026 10:00:00 GMT");
    Fetched second = fetcher.fetch(new FetchRequest("v", server.url("/v.csv"), ContentKind.CSV, 1 << 20,
        new Validators(first.etag(), first.lastModified())), temp.resolve("second"), ProgressListener.NONE);
    assertThat(second.notModified()).isTrue();
    assertThat(second.file()).isNull();
    assertThat(Files.exists(temp.resolve("second"))).isFalse();
    assertThat(server.requests().get(1).headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(server.requests().get(1).headers().getFirst("If-Modified-Since")).isEqualTo("Tue, 01 Sep 2026 10:00:00 GMT");
  }

  @Test
  void reportsWhatCannotBeReached() throws Exception {
    int closedPort;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/a.csv");
    assertThatThrownBy(() -> fetcher.fetch(new FetchRequest("x", nowhere, ContentKind.CSV, 100, Validators.NONE),
        temp.resolve("d"), ProgressListener.NONE)).hasMessageContaining(nowhere + ": cannot connect");
  }

  @Test
  void tellsTheProgressDisplayWhatArrives() throws Exception {
    server.on("/a.csv", ok(CSV, TEXT_CSV));
    long[] seen = new long[3];
    fetcher.fetch(new FetchRequest("label", server.url("/a.csv"), ContentKind.CSV, 1 << 20, Validators.NONE),
        temp.resolve("d"), new ProgressListener() {
          @Override
          public void started(String label, long expectedBytes) {
            seen[0] = expectedBytes;
          }

          @Override
          public void advanced(long bytes) {
            seen[1] += bytes;
          }

          @Override
          public void finished() {
            seen[2]++;
          }
        });
    assertThat(seen).containsExactly(CSV.length, CSV.length, 1);
  }
}
