package io.listcheck.cli;

import io.listcheck.source.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process with captured output, as a user would from a shell. */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** A lists/ folder built by the project's own update from the fixture files. */
  static Path fixtureLists(Path temp) throws Exception {
    Path from = temp.resolve("official");
    Files.createDirectories(from.resolve("ofac-nonsdn"));
    Files.createDirectories(from.resolve("fcc-covered"));
    for (String f : new String[] {"CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV"}) {
      Files.copy(Fixtures.path("/io/listcheck/source/ofac/cons/" + f), from.resolve("ofac-nonsdn").resolve(f));
    }
    Files.copy(Fixtures.path("/io/listcheck/source/fcc/coveredlist.html"), from.resolve("fcc-covered/coveredlist.html"));
    Path lists = temp.resolve("lists");
    CliRun update = run("update", "--lists", lists.toString(), "--from", from.toString(), "--now", "2026-02-01T00:00:00Z",
        "--as-of", "ofac-nonsdn=2025-12-19");
    if (update.exitCode() != ExitCode.OK) {
      throw new IllegalStateException("fixture update failed: " + update);
    }
    return lists;
  }
}
