package io.listcheck.fetch;

import io.listcheck.Version;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipException;
import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.RedirectException;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.util.Timeout;

/**
 * The one HTTP client listcheck downloads list files with (Apache HttpClient 5). Every download goes to a file,
 * is hashed with SHA-256 on the way, and is checked before anyone parses it: status, content type, first bytes,
 * size (counted after gzip decompression, so a decompression bomb is cut off too) and total time.
 *
 * <p>5xx answers, 408, 429 and I/O errors are retried with exponential backoff (longer when the server's
 * Retry-After asks for it, up to the backoff cap); every other failure is final at once,
 * because asking again for a 404, an HTML error page or an oversized file only repeats the answer.
 */
public final class HttpFetcher implements Closeable {
  private static final int SNIFF_BYTES = 512;

  private final FetchSettings settings;
  private final CloseableHttpClient client;
  private final ScheduledExecutorService watchdog;

  public HttpFetcher(FetchSettings settings, ProxySelector proxies) {
    this.settings = settings;
    ConnectionConfig connection = ConnectionConfig.custom()
        .setConnectTimeout(millis(settings.connectTimeout()))
        .setSocketTimeout(millis(settings.readTimeout()))
        .build();
    RequestConfig request = RequestConfig.custom()
        .setRedirectsEnabled(true)
        .setMaxRedirects(settings.maxRedirects())
        .setCircularRedirectsAllowed(false)
        .setResponseTimeout(millis(settings.readTimeout()))
        .setContentCompressionEnabled(true)
        .build();
    this.client = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .useSystemProperties()
            .setDefaultConnectionConfig(connection)
            .build())
        .setDefaultRequestConfig(request)
        .setRoutePlanner(new SystemDefaultRoutePlanner(proxies))
        .setRedirectStrategy(new NoDowngradeRedirects())
        .setUserAgent(userAgent())
        .disableAutomaticRetries()
        .disableCookieManagement()
        .build();
    this.watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "listcheck-download-deadline");
      thread.setDaemon(true);
      return thread;
    });
  }

  public static String userAgent() {
    return "listcheck/" + Version.get();
  }

  /**
   * Downloads {@code request.url()} into {@code target} (replacing it), or learns that the copy described by
   * {@code request.previous()} is current.
   *
   * @throws FetchException naming the URL and the cause, after retries where they make sense
   */
  public Fetched fetch(FetchRequest request, Path target, ProgressListener progress) throws FetchException {
    long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        return attempt(request, target, deadline, progress);
      } catch (Failure failure) {
        String cause = request.url() + ": " + failure.getMessage();
        if (!failure.retryable || attempt > settings.maxRetries()) {
          throw new FetchException(cause + (attempt > 1 ? " (gave up after " + attempt + " attempts)" : ""));
        }
        Duration wait = failure.retryAfter.compareTo(settings.backoff(attempt)) > 0
            ? min(failure.retryAfter, settings.maxBackoff()) : settings.backoff(attempt);
        if (System.nanoTime() + wait.toNanos() >= deadline) {
          throw new FetchException(cause + " (no time left to retry within the total limit of "
              + format(settings.totalTimeout()) + ")");
        }
        sleep(wait, cause);
      }
    }
  }

  private Fetched attempt(FetchRequest request, Path target, long deadline, ProgressListener progress) throws Failure {
    HttpGet get = new HttpGet(request.url());
    if (!request.previous().etag().isEmpty()) {
      get.setHeader("If-None-Match", request.previous().etag());
    }
    if (!request.previous().lastModified().isEmpty()) {
      get.setHeader("If-Modified-Since", request.previous().lastModified());
    }
    AtomicBoolean expired = new AtomicBoolean();
    // The read timeout cannot catch a server that trickles bytes; this cuts the connection at the deadline.
    ScheduledFuture<?> timer = watchdog.schedule(() -> {
      expired.set(true);
      get.cancel();
    }, Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    try {
      return client.execute(get, response -> {
        try {
          return receive(response, request, target, progress);
        } catch (IOException | RuntimeException e) {
          // Otherwise the client would drain the rest of the body (a bomb, a trickle) before giving up.
          get.cancel();
          throw e;
        }
      });
    } catch (Failure failure) {
      throw expired.get() ? tooSlow() : failure;
    } catch (ClientProtocolException e) {
      if (e.getCause() instanceof NoDowngradeRedirects.Downgrade downgrade) {
        throw new Failure(false, downgrade.getMessage());
      }
      if (e.getCause() instanceof RedirectException redirect) {
        throw new Failure(false, "redirect loop or too many redirects (limit " + settings.maxRedirects() + "): " + redirect.getMessage());
      }
      throw new Failure(false, "HTTP protocol error: " + e.getMessage());
    } catch (IOException e) {
      throw expired.get() ? tooSlow() : describe(e);
    } finally {
      timer.cancel(false);
    }
  }

  private Fetched receive(ClassicHttpResponse response, FetchRequest request, Path target, ProgressListener progress)
      throws IOException {
    int code = response.getCode();
    Validators validators = new Validators(header(response, "ETag"), header(response, "Last-Modified"));
    if (code == 304) {
      if (request.previous().isEmpty()) {
        throw new Failure(false, "HTTP 304 Not Modified to a request that had nothing to compare with");
      }
      return Fetched.unchanged(validators.isEmpty() ? request.previous() : validators);
    }
    if (code >= 500 || code == 429 || code == 408) {
      throw new Failure(true, "HTTP " + code + " " + response.getReasonPhrase(), retryAfter(header(response, "Retry-After")));
    }
    if (code != 200) {
      throw new Failure(false, "HTTP " + code + " " + response.getReasonPhrase());
    }
    String badType = request.expected().rejectContentType(header(response, "Content-Type"));
    if (badType != null) {
      throw new Failure(false, badType);
    }
    HttpEntity entity = response.getEntity();
    long limit = Math.min(request.maxBytes(), settings.maxBytes());
    long announced = entity == null ? 0 : entity.getContentLength();
    if (announced > limit) {
      throw new Failure(false, "the file is " + announced + " bytes, over the limit of " + limit + " bytes for this source");
    }
    if (entity == null || announced == 0) {
      throw new Failure(false, "empty answer (HTTP 200 without data)");
    }
    progress.started(request.label(), announced);
    try (InputStream in = entity.getContent(); OutputStream out = Files.newOutputStream(target)) {
      return copy(in, out, request.expected(), limit, progress, target, validators);
    } finally {
      progress.finished();
    }
  }

  private static Fetched copy(InputStream in, OutputStream out, ContentKind expected, long limit,
      ProgressListener progress, Path target, Validators validators) throws IOException {
    MessageDigest sha = sha256();
    byte[] head = new byte[SNIFF_BYTES];
    int headLength = 0;
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      total += n;
      if (total > limit) {
        throw new Failure(false, "the body grew beyond the limit of " + limit
            + " bytes for this source (counted after decompression); download aborted");
      }
      if (headLength < SNIFF_BYTES) {
        int take = Math.min(n, SNIFF_BYTES - headLength);
        System.arraycopy(buffer, 0, head, headLength, take);
        headLength += take;
        if (headLength == SNIFF_BYTES) {
          rejectHead(expected, head, headLength);
        }
      }
      sha.update(buffer, 0, n);
      out.write(buffer, 0, n);
      progress.advanced(n);
    }
    if (total == 0) {
      throw new Failure(false, "empty answer (HTTP 200 with no data)");
    }
    if (headLength < SNIFF_BYTES) {
      rejectHead(expected, head, headLength);
    }
    return new Fetched(target, HexFormat.of().formatHex(sha.digest()), total, validators.etag(), validators.lastModified(), false);
  }

  private static void rejectHead(ContentKind expected, byte[] head, int length) throws Failure {
    String problem = expected.rejectFirstBytes(head, length);
    if (problem != null) {
      throw new Failure(false, problem);
    }
  }

  private Failure tooSlow() {
    return new Failure(false, "did not finish within the total limit of " + format(settings.totalTimeout())
        + " (server too slow or trickling)");
  }

  private Failure describe(IOException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof SocketTimeoutException) {
      return new Failure(true, "no answer within the read timeout of " + format(settings.readTimeout()));
    }
    if (e instanceof ConnectException || e instanceof UnknownHostException) {
      return new Failure(true, "cannot connect: " + message);
    }
    if (e instanceof ZipException) {
      return new Failure(false, "corrupt gzip stream: " + message);
    }
    if (e instanceof EOFException) {
      return new Failure(true, "the body ended early (truncated gzip stream or connection cut): " + message);
    }
    if (e instanceof org.apache.hc.core5.http.ConnectionClosedException
        || e instanceof org.apache.hc.core5.http.MalformedChunkCodingException) {
      return new Failure(true, "connection cut before the end of the body: " + message);
    }
    return new Failure(true, "I/O error: " + message);
  }

  /** Retry-After in seconds (the HTTP-date form is rare on these servers and is treated as absent). */
  private static Duration retryAfter(String value) {
    return value.strip().matches("\\d{1,6}") ? Duration.ofSeconds(Long.parseLong(value.strip())) : Duration.ZERO;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header h = response.getFirstHeader(name);
    return h == null ? "" : h.getValue();
  }

  private static void sleep(Duration wait, String cause) throws FetchException {
    try {
      Thread.sleep(wait.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(cause + " (interrupted while waiting to retry)");
    }
  }

  static String format(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
  }

  private static Timeout millis(Duration d) {
    return Timeout.ofMilliseconds(d.toMillis());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public void close() throws IOException {
    watchdog.shutdownNow();
    client.close();
  }

  /**
   * One attempt failed; {@code retryable} says whether asking again can help, {@code retryAfter} how long the
   * server asked us to wait first (zero when it did not say).
   */
  private static final class Failure extends IOException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;
    private final transient Duration retryAfter;

    Failure(boolean retryable, String message) {
      this(retryable, message, Duration.ZERO);
    }

    Failure(boolean retryable, String message, Duration retryAfter) {
      super(message);
      this.retryable = retryable;
      this.retryAfter = retryAfter;
    }
  }
}
