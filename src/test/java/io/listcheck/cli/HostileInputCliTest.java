package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.listcheck.store.Json;
import io.listcheck.store.SnapshotStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every hostile input and failure the CLI can meet, end to end: the documented exit code, one line on stderr naming
 * the file, and never a stack trace unless --debug is given for an internal error. docs/reliability.md lists them.
 */
class HostileInputCliTest {
  @TempDir static Path shared;
  static Path goodLists;

  @TempDir Path temp;

  @BeforeAll
  static void buildLists() throws Exception {
    goodLists = CliRun.fixtureLists(shared);
  }

  /**
   * A failure as users must see it: its exit code, one line naming {@code file}, no stack trace (with --debug, the
   * screening's own notes on what it did come first).
   */
  private static void assertCleanFailure(CliRun run, int exitCode, Object file, String problem) {
    assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isEqualTo(exitCode);
    String err = run.err().lines().filter(l -> !l.startsWith("listcheck: debug: ")).collect(java.util.stream.Collectors.joining("\n"));
    assertThat(err.strip()).as("stderr").doesNotContain("\n").startsWith("listcheck: ").contains(file.toString(), problem);
    assertNoStackTrace(run);
  }

  private static void assertNoStackTrace(CliRun run) {
    assertThat(run.err() + run.out()).doesNotContain("Exception", "\tat ");
  }

  private Path copyOfLists() throws Exception {
    Path copy = temp.resolve("lists");
    Files.createDirectories(copy);
    try (Stream<Path> files = Files.list(goodLists)) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    return copy;
  }

  private static Path entriesFile(Path lists, String sourceId) throws Exception {
    try (Stream<Path> files = Files.list(lists)) {
      return files.filter(f -> f.getFileName().toString().startsWith(sourceId + ".")).findFirst().orElseThrow();
    }
  }

  /** Rewrites one source's record in the manifest, as a hand edit or a tampering would. */
  private static void editManifest(Path lists, String sourceId, UnaryOperator<ObjectNode> edit) throws Exception {
    Path manifest = lists.resolve(SnapshotStore.MANIFEST);
    JsonNode root = Json.MAPPER.readTree(manifest.toFile());
    for (JsonNode source : root.get("sources")) {
      if (source.get("id").asText().equals(sourceId)) {
        edit.apply((ObjectNode) source);
      }
    }
    Files.write(manifest, Json.MAPPER.writeValueAsBytes(root));
  }

  private static CliRun screenName(Path lists) {
    return CliRun.run("screen", "--lists", lists.toString(), "--name", "Acme Tools");
  }

  // List data: exit 3.

  @Test
  void missingListFolderExitsThreeNamingIt() {
    Path none = temp.resolve("no-lists");
    assertCleanFailure(screenName(none), ExitCode.LIST_DATA, none, "no list snapshot folder");
  }

  @Test
  void aFileWhereTheListFolderShouldBeExitsThree() throws Exception {
    Path file = Files.writeString(temp.resolve("lists"), "not a folder");
    assertCleanFailure(screenName(file), ExitCode.LIST_DATA, file, "no list snapshot folder");
  }

  @Test
  void listFolderWithoutManifestExitsThree() throws Exception {
    Path empty = Files.createDirectories(temp.resolve("lists"));
    assertCleanFailure(screenName(empty), ExitCode.LIST_DATA, SnapshotStore.MANIFEST, "no lists in the snapshot");
  }

  @Test
  void manifestThatIsNotJsonExitsThreeWithItsLine() throws Exception {
    Path lists = copyOfLists();
    Files.writeString(lists.resolve(SnapshotStore.MANIFEST), "{\n  \"formatVersion\": 1,\n  <<<<<<< merge conflict\n");
    assertCleanFailure(screenName(lists), ExitCode.LIST_DATA, lists.resolve(SnapshotStore.MANIFEST) + ":3",
        "unreadable list manifest");
  }

  @Test
  void manifestOfTheWrongShapeExitsThree() throws Exception {
    Path lists = copyOfLists();
    Files.writeString(lists.resolve(SnapshotStore.MANIFEST), "{\"formatVersion\": 1, \"sources\": {\"id\": \"x\"}}");
    assertCleanFailure(screenName(lists), ExitCode.LIST_DATA, SnapshotStore.MANIFEST, "unreadable list manifest");
    assertCleanFailure(CliRun.run("lists", "--lists", lists.toString()), ExitCode.LIST_DATA, SnapshotStore.MANIFEST,
        "unreadable list manifest");
  }

  @Test
  void manifestSourceWithoutAnIdExitsThreeForEveryCommandWithAWayOut() throws Exception {
    Path lists = copyOfLists();
    Path manifest = lists.resolve(SnapshotStore.MANIFEST);
    Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"id\"", "\" i d\""));
    for (CliRun run : List.of(screenName(lists), CliRun.run("lists", "--lists", lists.toString()),
        CliRun.run("update", "--lists", lists.toString(), "--from", temp.toString()))) {
      assertCleanFailure(run, ExitCode.LIST_DATA, SnapshotStore.MANIFEST, "a source without an id; restore it from"
          + " version control, or delete it and run 'listcheck update'");
    }
  }

  @Test
  void deletedEntriesFileExitsThreeNamingIt() throws Exception {
    Path lists = copyOfLists();
    Path entries = entriesFile(lists, "fcc-covered");
    Files.delete(entries);
    assertCleanFailure(screenName(lists), ExitCode.LIST_DATA, entries, "list snapshot file is missing");
  }

  @Test
  void truncatedEntriesFileExitsThreeOnItsHash() throws Exception {
    Path lists = copyOfLists();
    Path entries = entriesFile(lists, "ofac-nonsdn");
    byte[] bytes = Files.readAllBytes(entries);
    Files.write(entries, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertCleanFailure(screenName(lists), ExitCode.LIST_DATA, entries, "SHA-256 does not match");
  }

  @Test
  void entriesFileSwappedForAnotherSourcesExitsThree() throws Exception {
    Path lists = copyOfLists();
    Path ofac = entriesFile(lists, "ofac-nonsdn");
    Files.copy(entriesFile(lists, "fcc-covered"), ofac, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertCleanFailure(screenName(lists), ExitCode.LIST_DATA, ofac, "SHA-256 does not match");
  }

  @Test
  void entriesFileSwappedWithTheManifestHashEditedToMatchExitsThree() throws Exception {
    Path lists = copyOfLists();
    Path fcc = entriesFile(lists, "fcc-covered");
    editManifest(lists, "ofac-nonsdn", source -> source.put("snapshotFile", fcc.getFileName().toString())
        .put("snapshotSha256", sha256(fcc)));
    assertCleanFailure(screenName(lists), ExitCode.LIST_DATA, fcc, "holds entries of source 'fcc-covered', not of 'ofac-nonsdn'");
  }

  @Test
  void manifestWithAnEditedEntryCountExitsThree() throws Exception {
    Path lists = copyOfLists();
    editManifest(lists, "ofac-nonsdn", source -> source.put("entries", 4000));
    assertCleanFailure(screenName(lists), ExitCode.LIST_DATA, entriesFile(lists, "ofac-nonsdn"), "holds 14 entries, lists/manifest.json says 4000");
  }

  @Test
  void manifestWithAnEditedHashExitsThree() throws Exception {
    Path lists = copyOfLists();
    editManifest(lists, "fcc-covered", source -> source.put("snapshotSha256", "0".repeat(64)));
    assertCleanFailure(screenName(lists), ExitCode.LIST_DATA, entriesFile(lists, "fcc-covered"), "SHA-256 does not match");
  }

  @Test
  void manifestPointingOutsideTheListFolderIsRefusedBeforeAnyRead() throws Exception {
    Path lists = copyOfLists();
    Path outside = Files.writeString(temp.resolve("secret.0123456789ab.json"), "[]");
    editManifest(lists, "fcc-covered", source -> source.put("snapshotFile", "../" + outside.getFileName()));
    assertCleanFailure(screenName(lists), ExitCode.LIST_DATA, SnapshotStore.MANIFEST, "is not an entries file of this folder");
  }

  @Test
  void manifestWithAMalformedDateExitsThreeWhenScreeningWithMaxAge() throws Exception {
    Path lists = copyOfLists();
    editManifest(lists, "ofac-nonsdn", source -> source.put("asOf", "2025-19-45"));
    assertCleanFailure(CliRun.run("screen", "--lists", lists.toString(), "--name", "Acme", "--max-age", "365d"),
        ExitCode.LIST_DATA, SnapshotStore.MANIFEST, "source ofac-nonsdn has no readable date (as of '2025-19-45'");
    CliRun status = CliRun.run("lists", "--lists", lists.toString());
    assertThat(status.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(status.out()).containsPattern("ofac-nonsdn.*unknown");
    assertNoStackTrace(status);
  }

  // Supplier input and report output: exit 2.

  @Test
  void missingSupplierFileExitsTwo() {
    Path missing = temp.resolve("vendors.csv");
    assertCleanFailure(CliRun.run("screen", "--lists", goodLists.toString(), missing.toString()), ExitCode.USAGE, missing,
        "no such file");
  }

  @Test
  void folderInsteadOfSupplierFileExitsTwo() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("vendors.csv"));
    assertCleanFailure(CliRun.run("screen", "--lists", goodLists.toString(), folder.toString()), ExitCode.USAGE, folder,
        "is a folder");
  }

  @Test
  void supplierFileWithoutReadPermissionExitsTwo() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file; see supplierFileThatFailsToReadExitsTwo");
    Path csv = Files.writeString(temp.resolve("vendors.csv"), "name\nAcme\n");
    Files.setPosixFilePermissions(csv, PosixFilePermissions.fromString("---------"));
    assertCleanFailure(CliRun.run("screen", "--lists", goodLists.toString(), csv.toString()), ExitCode.USAGE, csv,
        "permission denied");
  }

  @Test
  void supplierFileThatFailsToReadExitsTwo() {
    // Reading /proc/self/mem from offset 0 fails with an I/O error even for root, like a bad disk or a lost mount.
    Path unreadable = Path.of("/proc/self/mem");
    assumeTrue(Files.exists(unreadable), "needs Linux /proc");
    assertCleanFailure(CliRun.run("screen", "--lists", goodLists.toString(), "--input-format", "csv", unreadable.toString()),
        ExitCode.USAGE, unreadable, "Input/output error");
  }

  @Test
  void reportInAMissingFolderExitsTwoNamingIt() throws Exception {
    Path csv = Files.writeString(temp.resolve("vendors.csv"), "name\nAcme\n");
    Path report = temp.resolve("no-such-folder/report.json");
    assertCleanFailure(CliRun.run("screen", "--lists", goodLists.toString(), csv.toString(), "-o", report.toString()),
        ExitCode.USAGE, report, "cannot write the table report (no such folder)");
  }

  @Test
  void reportPathThatIsAFolderExitsTwoNamingIt() throws Exception {
    Path csv = Files.writeString(temp.resolve("vendors.csv"), "name\nAcme\n");
    assertCleanFailure(CliRun.run("screen", "--lists", goodLists.toString(), csv.toString(), "-o", temp.toString()),
        ExitCode.USAGE, temp, "is a folder; give a file name for the table report");
  }

  @Test
  void reportPathWithoutWritePermissionExitsTwo() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root writes any file");
    Path csv = Files.writeString(temp.resolve("vendors.csv"), "name\nAcme\n");
    Path locked = Files.createDirectories(temp.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    Path report = locked.resolve("report.json");
    assertCleanFailure(CliRun.run("screen", "--lists", goodLists.toString(), csv.toString(), "-o", report.toString()),
        ExitCode.USAGE, report, "permission denied");
  }

  @Test
  void terminalControlCharactersFromAFileAreEscapedInTheMessage() throws Exception {
    Path csv = temp.resolve("vendors.csv");
    Files.write(csv, "id,\"\u001b[2J\u001b[31mcity\u202e\"\n1,Austin\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.run("screen", "--lists", goodLists.toString(), csv.toString());
    assertCleanFailure(run, ExitCode.USAGE, csv + ":1", "Columns found: 'id', '?[2J?[31mcity\\u202E'");
    assertThat(run.err()).doesNotContain("\u001b", "\u202e");
  }

  // update: exit 2 for a bad --from, 3 when the snapshot cannot be written (the previous one is kept).

  @Test
  void updateFromAMissingFolderExitsTwo() {
    Path missing = temp.resolve("official");
    assertCleanFailure(CliRun.run("update", "--lists", temp.resolve("lists").toString(), "--from", missing.toString()),
        ExitCode.USAGE, missing, "no such folder");
  }

  @Test
  void updateIntoAListFolderThatIsAFileExitsThree() throws Exception {
    Path notAFolder = Files.writeString(temp.resolve("lists"), "x");
    Path from = Files.createDirectories(temp.resolve("official/fcc-covered"));
    Files.copy(io.listcheck.source.Fixtures.path("/io/listcheck/source/fcc/coveredlist.html"), from.resolve("coveredlist.html"));
    CliRun run = CliRun.run("update", "--lists", notAFolder.toString(), "--from", temp.resolve("official").toString());
    assertCleanFailure(run, ExitCode.LIST_DATA, notAFolder, "already exists (and is not a folder)");
    assertThat(Files.readString(notAFolder)).isEqualTo("x");
  }

  @Test
  void updateWithAnOfficialFileThatFailsToReadKeepsThePreviousSnapshot() throws Exception {
    Path lists = copyOfLists();
    byte[] manifest = Files.readAllBytes(lists.resolve(SnapshotStore.MANIFEST));
    Path from = Files.createDirectories(temp.resolve("official/fcc-covered"));
    Files.createDirectories(from.resolve("coveredlist.html"));
    Files.createSymbolicLink(from.resolve("COVEREDLIST.CSV"), Path.of("/proc/self/mem"));
    CliRun run = CliRun.run("update", "--lists", lists.toString(), "--from", temp.resolve("official").toString());
    assertCleanFailure(run, ExitCode.LIST_DATA, from.resolve("COVEREDLIST.CSV"), "the previous snapshot is kept");
    assertThat(Files.readAllBytes(lists.resolve(SnapshotStore.MANIFEST))).isEqualTo(manifest);
  }

  @Test
  void updateWithAListFileThatIsNotUtf8FailsOnlyThatSource() throws Exception {
    Path from = temp.resolve("official");
    Files.createDirectories(from.resolve("trade-csl"));
    Files.write(from.resolve("trade-csl/consolidated.csv"),
        new byte[] {(byte) 0xEF, 3, 0, 0, 0, 0, 0, 0, 0, (byte) 0xBB, (byte) 0xBF, '_', 'i', 'd', '\n'});
    Files.createDirectories(from.resolve("fcc-covered"));
    Files.copy(io.listcheck.source.Fixtures.path("/io/listcheck/source/fcc/coveredlist.html"), from.resolve("fcc-covered/coveredlist.html"));
    Path lists = temp.resolve("lists");
    CliRun run = CliRun.run("update", "--lists", lists.toString(), "--from", from.toString(), "--now", "2026-02-01T00:00:00Z");
    assertThat(run.exitCode()).isEqualTo(ExitCode.LIST_DATA);
    assertThat(run.out()).containsPattern("fcc-covered +updated");
    assertThat(run.err().strip()).isEqualTo("listcheck: trade-csl: update failed: consolidated.csv: not UTF-8 text: "
        + "Invalid UTF-8 middle byte 0x3 (at char #1, byte #-1): check content encoding, does not look like UTF-8; no previous snapshot");
    assertNoStackTrace(run);
  }

  @Test
  void updateWithACustomListConfigThatIsNotTextExitsTwoNamingIt() throws Exception {
    Path config = Files.write(temp.resolve("blocked.json"),
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0, (byte) 0x9C, (byte) 0xDF, (byte) 0xDD, (byte) 0xCA, '"', '\n', '}', '\n'});
    CliRun run = CliRun.run("update", "--lists", temp.resolve("lists").toString(), "--custom", config.toString());
    assertCleanFailure(run, ExitCode.USAGE, config, "not a valid custom list config: not UTF-8 text");
  }

  // --debug: a stack trace for internal errors only.

  @Command(name = "crash")
  static final class CrashingCommand implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("simulated bug");
    }
  }

  private static CliRun runWithCrashingCommand(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Cli.commandLine(new PrintWriter(out), new PrintWriter(err));
    cli.addSubcommand(new CrashingCommand());
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  @Test
  void internalErrorExitsFourWithOneLineAndNoStackTrace() {
    CliRun run = runWithCrashingCommand("crash");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
    assertThat(run.err().strip()).doesNotContain("\n", "\tat ").contains("internal error", "simulated bug", "--debug");
  }

  @Test
  void debugShowsTheStackTraceOfAnInternalError() {
    CliRun run = runWithCrashingCommand("--debug", "crash");
    assertThat(run.exitCode()).isEqualTo(ExitCode.INTERNAL);
    assertThat(run.err()).contains("internal error", "\tat ", CrashingCommand.class.getName());
  }

  @Test
  void debugShowsNoStackTraceForBadInput() {
    Path missing = temp.resolve("vendors.csv");
    CliRun run = CliRun.run("--debug", "screen", "--lists", goodLists.toString(), missing.toString());
    assertCleanFailure(run, ExitCode.USAGE, missing, "no such file");
    CliRun lists = CliRun.run("--debug", "screen", "--lists", temp.resolve("none").toString(), "--name", "X");
    assertCleanFailure(lists, ExitCode.LIST_DATA, temp.resolve("none"), "no list snapshot folder");
  }

  private static String sha256(Path file) {
    try {
      return SnapshotStore.sha256(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
