package io.listcheck.cli;

import io.listcheck.fetch.FixtureServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A local publisher serving the OFAC consolidated CSVs and the FCC Covered List page from test fixtures, and a
 * way to run {@code listcheck update} against it.
 */
final class UpdateFixture implements AutoCloseable {
  static final String[] OFAC_FILES = {"CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV"};
  static final String FCC_PAGE = "/fcc/coveredlist.html";

  final FixtureServer server = new FixtureServer();
  final Path lists;

  /** What a run printed and returned. */
  record Run(int exitCode, String out, String err) {
    String all() {
      return out + err;
    }
  }

  UpdateFixture(Path lists) {
    this.lists = lists;
    for (String file : OFAC_FILES) {
      server.on("/ofac/" + file, FixtureServer.ok(fixture(file), "text/csv"));
    }
    server.on(FCC_PAGE, FixtureServer.ok(fixture("coveredlist.html"), "text/html; charset=utf-8"));
  }

  static byte[] fixture(String name) {
    try (InputStream in = UpdateFixture.class.getResourceAsStream("/io/listcheck/update/publisher/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first {@code lines} lines of CONS_PRIM.CSV. */
  static byte[] primFirstLines(int lines) {
    String[] all = new String(fixture("CONS_PRIM.CSV"), java.nio.charset.StandardCharsets.UTF_8).split("\r\n");
    return (String.join("\r\n", java.util.Arrays.copyOf(all, lines)) + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Arguments that update the two fixture sources from the local server, with small limits so faults show fast.
   * {@code --only} keeps every other source away from its publisher: tests never touch the network.
   */
  List<String> updateArgs(String now) {
    return new ArrayList<>(List.of("--lists", lists.toString(), "update", "--only", "ofac-nonsdn,fcc-covered",
        "--source-url", "ofac-nonsdn=" + server.url("/ofac/"),
        "--source-url", "fcc-covered=" + server.url(FCC_PAGE),
        "--now", now, "--retries", "1", "--retry-delay", "10ms", "--connect-timeout", "500ms",
        "--read-timeout", "500ms", "--total-timeout", "3s", "--no-progress"));
  }

  /** Runs update with {@link #updateArgs}; an option in {@code extra} replaces the default of the same name. */
  Run update(String now, String... extra) {
    List<String> args = updateArgs(now);
    for (String option : extra) {
      int at = option.startsWith("--") && !option.equals("--source-url") ? args.indexOf(option) : -1;
      if (at >= 0) {
        args.remove(at);
        args.remove(at);
      }
    }
    args.addAll(List.of(extra));
    return run(args.toArray(String[]::new));
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  /** Every file in the lists folder with its bytes, to prove a failed or killed update changed nothing. */
  static Map<String, byte[]> contents(Path dir) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.list(dir)) {
      for (Path p : all.toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  @Override
  public void close() {
    server.close();
  }
}
