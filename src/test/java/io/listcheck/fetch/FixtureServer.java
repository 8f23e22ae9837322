package io.listcheck.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A publisher on 127.0.0.1 for tests: each path answers with a queue of scripted answers (the last one
 * repeats), including the ways real servers fail. Records every request it gets.
 */
public final class FixtureServer implements AutoCloseable {
  /** One scripted answer. */
  @FunctionalInterface
  public interface Answer {
    void send(HttpExchange exchange) throws IOException, InterruptedException;
  }

  /** A request as the server saw it. */
  public record Request(String path, Headers headers) {}

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fixture-server");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Deque<Answer>> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch bodyStarted = new CountDownLatch(1);

  public FixtureServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  public URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Scripts the answers for {@code path}, in order; the last one repeats. */
  public FixtureServer on(String path, Answer... script) {
    answers.put(path, new ArrayDeque<>(List.of(script)));
    return this;
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public long requestCount(String path) {
    return requests().stream().filter(r -> r.path().equals(path)).count();
  }

  /** Counts down when a trickling answer has sent its first bytes. */
  public CountDownLatch trickleStarted() {
    return bodyStarted;
  }

  private void handle(HttpExchange exchange) throws IOException {
    requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders()));
    Deque<Answer> script = answers.get(exchange.getRequestURI().getPath());
    Answer answer;
    synchronized (this) {
      answer = script == null ? status(404) : script.size() > 1 ? script.poll() : script.peek();
    }
    try {
      answer.send(exchange);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  public static Answer ok(byte[] body, String contentType) {
    return ex -> {
      if (contentType != null) {
        ex.getResponseHeaders().set("Content-Type", contentType);
      }
      sendAll(ex, 200, body);
    };
  }

  public static Answer withValidators(byte[] body, String contentType, String etag, String lastModified) {
    return ex -> {
      String ifNoneMatch = ex.getRequestHeaders().getFirst("If-None-Match");
      ex.getResponseHeaders().set("ETag", etag);
      ex.getResponseHeaders().set("Last-Modified", lastModified);
      if (etag.equals(ifNoneMatch)) {
        ex.sendResponseHeaders(304, -1);
        return;
      }
      ex.getResponseHeaders().set("Content-Type", contentType);
      sendAll(ex, 200, body);
    };
  }

  public static Answer status(int code) {
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", "text/html");
      sendAll(ex, code, ("<html><body>Error " + code + "</body></html>").getBytes());
    };
  }

  public static Answer redirect(String location) {
    return ex -> {
      ex.getResponseHeaders().set("Location", location);
      ex.sendResponseHeaders(302, -1);
    };
  }

  /** Sends nothing for {@code millis}: longer than a read timeout. */
  public static Answer silentFor(long millis) {
    return ex -> Thread.sleep(millis);
  }

  /** Announces the whole body, sends part of it, then drops the connection. */
  public static Answer cutAfter(byte[] body, int sent, String contentType) {
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", contentType);
      ex.sendResponseHeaders(200, body.length);
      OutputStream out = ex.getResponseBody();
      out.write(body, 0, sent);
      out.flush();
      // Closing the exchange with bytes missing makes the JDK server drop the connection.
    };
  }

  /** Sends the body a few bytes at a time with a pause between, each pause shorter than a read timeout. */
  public FixtureServer.Answer trickle(byte[] body, String contentType, long pauseMillis) {
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", contentType);
      ex.sendResponseHeaders(200, body.length);
      OutputStream out = ex.getResponseBody();
      for (int i = 0; i < body.length; i += 4) {
        out.write(body, i, Math.min(4, body.length - i));
        out.flush();
        bodyStarted.countDown();
        Thread.sleep(pauseMillis);
      }
    };
  }

  /** A gzip-encoded answer; {@code keep} below 1.0 truncates the compressed stream to that fraction. */
  public static Answer gzipped(byte[] body, String contentType, double keep) throws IOException {
    byte[] compressed = gzip(body);
    return ex -> {
      ex.getResponseHeaders().set("Content-Type", contentType);
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      sendAll(ex, 200, java.util.Arrays.copyOf(compressed, (int) (compressed.length * keep)));
    };
  }

  public static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    }
    return out.toByteArray();
  }

  private static void sendAll(HttpExchange ex, int code, byte[] body) throws IOException {
    ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
