package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.TestData;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.report.ReportFormat;
import io.listcheck.screen.XlsxFixture;
import io.listcheck.store.Json;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreenCommandTest {
  private static final String NOW = "2026-11-21T00:00:00Z";
  @TempDir
  Path dir;
  Path lists;
  Path suppliers;
  String out;
  String err;

  @BeforeEach
  void setUp() throws Exception {
    lists = TestData.snapshot(dir.resolve("lists"), "2026-11-01", List.of(TestData.acme(), TestData.zenith()));
    suppliers = Files.writeString(dir.resolve("suppliers.csv"),
        "supplier_id;supplier_name;country\nV-1;Acme Rocket Works Ltd;RU\nV-2;Clean Company;US\nV-3;\"Zenith Drone Systems Trading\";CN\n");
  }

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--lists", lists.toString()));
    all.addAll(Arrays.asList(args));
    int code = Cli.run(new PrintWriter(o), new PrintWriter(e), all.toArray(String[]::new));
    out = o.toString();
    err = e.toString();
    return code;
  }

  private int screen(String... args) {
    List<String> all = new ArrayList<>(List.of("screen", "--now", NOW, "--no-progress"));
    all.addAll(Arrays.asList(args));
    return run(all.toArray(String[]::new));
  }

  @Test
  void exitsOneOnAMatchAndCarriesTheIdToTheReport() throws Exception {
    assertThat(screen(suppliers.toString(), "--id-column", "supplier_id", "--format", "json")).isEqualTo(ExitCode.HITS);
    var json = Json.MAPPER.readTree(out);
    assertThat(json.at("/results/0/supplierId").asText()).isEqualTo("V-1");
    assertThat(json.at("/results/0/status").asText()).isEqualTo("match");
    assertThat(json.at("/summary/rows").asLong()).isEqualTo(3);
  }

  @Test
  void exitsZeroWhenEverySupplierIsClear() {
    assertThat(screen("--name", "Clean Company", "--name", "Another Vendor")).isEqualTo(ExitCode.OK);
    assertThat(out).contains("2 suppliers: 0 match, 0 review, 2 clear, 0 suppressed, 0 errors");
  }

  @Test
  void failOnDecidesWhichHitsFailTheRun() throws Exception {
    // the listing names China only: a same-named supplier in Germany is reviewed rather than matched
    String reviewed = Files.writeString(dir.resolve("de.csv"), "name,country\nZenith Drone Systems,Germany\n").toString();
    assertThat(screen(reviewed, "--country-column", "country", "--fail-on", "match")).isEqualTo(ExitCode.OK);
    assertThat(out).contains("1 review");
    assertThat(screen(reviewed, "--country-column", "country", "--fail-on", "review")).isEqualTo(ExitCode.HITS);
    assertThat(screen("--name", "Acme Rocket Works", "--fail-on", "never")).isEqualTo(ExitCode.OK);
    assertThat(screen("--name", "Acme", "--fail-on", "sometimes")).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("--fail-on: 'sometimes' is not one of match, review, never");
  }

  @Test
  void accountsForEveryRowAndReportsNamelessRowsAsErrors() throws Exception {
    Path file = Files.writeString(dir.resolve("gaps.csv"), "name\nClean Company\n\nAnother Vendor\n");
    assertThat(screen(file.toString(), "--format", "json")).isEqualTo(ExitCode.USAGE);
    var json = Json.MAPPER.readTree(out);
    assertThat(json.at("/summary/rows").asLong()).isEqualTo(3);
    assertThat(json.at("/summary/errors").asLong()).isEqualTo(1);
    assertThat(json.at("/results/1/line").asLong()).isEqualTo(3);
    assertThat(json.at("/results/1/error").asText()).isEqualTo("no supplier name in this row");
  }

  @Test
  void anUnreadableInputIsAOneLineErrorWithoutAStackTrace() throws Exception {
    Path bin = dir.resolve("vendors.csv");
    Files.write(bin, new byte[] {0, 1, 2, 3});
    assertThat(screen(bin.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.strip()).startsWith("listcheck: " + bin + ":1: binary data").doesNotContain("\n").doesNotContain("at io.");
    assertThat(screen(dir.resolve("missing.csv").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("missing.csv: no such file");
    Path noName = Files.writeString(dir.resolve("x.csv"), "street,city\na,b\n");
    assertThat(screen(noName.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.strip()).isEqualTo("listcheck: " + noName + ":1: no supplier name column; use --column NAME. Columns found: 'street', 'city'");
    Path broken = Files.writeString(dir.resolve("broken.csv"), "name\nAcme Rocket Works\n\"unterminated\n");
    Path sarif = Files.writeString(dir.resolve("old.sarif"), "previous report");
    assertThat(screen(broken.toString(), "--format", "sarif=" + sarif, "--format", "json=" + dir.resolve("new.json"))).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("broken.csv:4: not valid CSV: Missing closing quote for value (in the row starting on line 3)");
    assertThat(Files.readString(sarif)).isEqualTo("previous report");
    assertThat(dir.resolve("new.json")).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
    Path unknown = Files.writeString(dir.resolve("x.dat"), "name\n");
    assertThat(screen(unknown.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("give --input-format");
  }

  @Test
  void listsOlderThanMaxAgeExitThree() {
    assertThat(screen("--name", "Acme", "--max-age", "30d")).isEqualTo(ExitCode.OK);
    assertThat(screen("--name", "Acme", "--max-age", "2w")).isEqualTo(ExitCode.LIST_DATA);
    assertThat(err).contains("stale lists (not confirmed with the publisher within --max-age): test-list (20d since 2026-11-01T00:00:00Z)");
    assertThat(screen("--name", "Acme", "--max-age", "soon")).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void writesSeveralReportsEachToItsOwnFileByteIdenticallyOnEveryRun() throws Exception {
    List<String> args = new ArrayList<>(List.of(suppliers.toString(), "--id-column", "supplier_id", "--country-column", "country"));
    for (ReportFormat format : ReportFormat.values()) {
      args.add("--format");
      args.add(format.label() + "=" + dir.resolve("first." + format.label()));
    }
    assertThat(screen(args.toArray(String[]::new))).isEqualTo(ExitCode.HITS);
    assertThat(out).isEmpty();
    List<String> again = args.stream().map(a -> a.replace("first.", "second.")).toList();
    assertThat(screen(again.toArray(String[]::new))).isEqualTo(ExitCode.HITS);
    for (ReportFormat format : ReportFormat.values()) {
      byte[] first = Files.readAllBytes(dir.resolve("first." + format.label()));
      assertThat(first).as(format.label()).isNotEmpty().isEqualTo(Files.readAllBytes(dir.resolve("second." + format.label())));
    }
    assertThat(Files.readString(dir.resolve("first.html"))).contains("the listing names the supplier&#39;s country (RU): score +0.03");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("first.csv"))))
        .as("reports are readable like any file the user writes").isEqualTo("rw-r--r--");
  }

  @Test
  void refusesTwoReportsOnStandardOutputAndUnknownFormats() {
    assertThat(screen("--name", "Acme", "--format", "json", "--format", "csv")).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("only one report can go to standard output");
    assertThat(screen("--name", "Acme", "--format", "pdf")).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("unknown format 'pdf' (known: table, json, csv, sarif, junit, html)");
    assertThat(screen("--name", "Acme Rocket Works", "--format", "json", "-o", dir.resolve("r.json").toString())).isEqualTo(ExitCode.HITS);
    assertThat(dir.resolve("r.json")).exists();
  }

  @Test
  void aReviewedFalsePositiveStaysQuietUntilItExpires() throws Exception {
    Path file = dir.resolve("supp.yaml");
    assertThat(run("suppress", "--supplier", "V-1", "--entry", "test-list:1", "--reason", "Different company, same words",
        "--reviewer", "j.doe", "--expires", "2026-12-31", "--suppressions", file.toString(), "--now", NOW)).isEqualTo(ExitCode.OK);
    assertThat(out).contains("suppressed test-list:1 for 'V-1' until 2026-12-31");
    Path onlyAcme = Files.writeString(dir.resolve("acme-only.csv"), "supplier_id;supplier_name;country\nV-1;Acme Rocket Works Ltd;RU\nV-2;Clean Company;US\n");
    String[] base = {onlyAcme.toString(), "--id-column", "supplier_id", "--suppressions", file.toString()};
    List<String> args = new ArrayList<>(Arrays.asList(base));
    args.add("--show-suppressed");
    assertThat(screen(args.toArray(String[]::new))).isEqualTo(ExitCode.OK);
    assertThat(out).contains("SUPPRESSED").contains("by j.doe until 2026-12-31: Different company, same words");

    assertThat(run("screen", "--now", "2027-01-01T00:00:00Z", "--no-progress", base[0], base[1], base[2], base[3], base[4]))
        .isEqualTo(ExitCode.HITS);
    assertThat(out).contains("expired on 2026-12-31");
  }

  @Test
  void aSuppressionOfAListingThatChangedNoLongerApplies() throws Exception {
    Path file = dir.resolve("supp.yaml");
    run("suppress", "--supplier", "Acme Rocket Works Ltd", "--entry", "test-list:1", "--reason", "r", "--reviewer", "q",
        "--expires", "2027-12-31", "--suppressions", file.toString(), "--now", NOW);
    ListEntry changed = ListEntry.builder("test-list", "1", "ACME ROCKET WORKS LTD", EntityType.ORGANIZATION)
        .alias("ACME ROCKETS", AliasKind.AKA).program("NEW-PROGRAM").build();
    lists = TestData.snapshot(dir.resolve("lists2"), "2026-11-10", List.of(changed, TestData.zenith()));
    assertThat(screen(suppliers.toString(), "--suppressions", file.toString())).isEqualTo(ExitCode.HITS);
    assertThat(out).contains("the listing changed");
  }

  @Test
  void suppressRefusesUnknownEntriesAndPastDates() {
    assertThat(run("suppress", "--supplier", "A", "--entry", "test-list:404", "--reason", "r", "--reviewer", "q",
        "--expires", "2027-01-01", "--suppressions", dir.resolve("s.yaml").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("no listed entry 'test-list:404'");
    assertThat(run("suppress", "--supplier", "A", "--entry", "test-list:1", "--reason", "r", "--reviewer", "q",
        "--expires", "01/01/2027")).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("not a date like 2027-06-30");
  }

  @Test
  void aBrokenSuppressionFileIsAClearError() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"), "suppressions:\n  - supplier: A\n    colour: red\n");
    assertThat(screen("--name", "Acme", "--suppressions", file.toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err.strip()).startsWith("listcheck: " + file + ":3: unknown key 'colour'");
  }

  @Test
  void sinceReportsOnlyWhatChangedAgainstAnOlderSnapshot() throws Exception {
    ListEntry omega = ListEntry.builder("test-list", "9", "OMEGA METALS", EntityType.ORGANIZATION).build();
    Path old = TestData.snapshot(dir.resolve("old"), "2026-10-01", List.of(TestData.acme(), omega));
    Path file = Files.writeString(dir.resolve("s.csv"), "name\nAcme Rocket Works\nZenith Drone Systems\nOmega Metals\n");
    assertThat(screen(file.toString(), "--since", old.toString(), "--format", "json")).isEqualTo(ExitCode.HITS);
    var json = Json.MAPPER.readTree(out);
    assertThat(json.at("/results/0/changes").isMissingNode()).isTrue();
    assertThat(json.at("/results/1/changes/0/change").asText()).isEqualTo("new");
    assertThat(json.at("/results/2/changes/0/change").asText()).isEqualTo("delisted");
    assertThat(json.at("/summary/newHits").asLong()).isEqualTo(1);
    assertThat(json.at("/summary/removedHits").asLong()).isEqualTo(1);

    Path onlyAcme = Files.writeString(dir.resolve("a.csv"), "name\nAcme Rocket Works\n");
    assertThat(screen(onlyAcme.toString(), "--since", old.resolve("manifest.json").toString())).isEqualTo(ExitCode.OK);
    assertThat(out).contains("since ").contains("0 new hit(s), 0 changed listing(s), 0 gone");
    assertThat(screen(onlyAcme.toString(), "--since", dir.resolve("nowhere").toString())).isEqualTo(ExitCode.USAGE);
    assertThat(err).contains("no such snapshot folder or manifest.json");
  }

  @Test
  void readsStandardInputGivenAsDash() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream("name\nAcme Rocket Works\n".getBytes(StandardCharsets.UTF_8)));
      assertThat(screen("-", "--format", "json")).isEqualTo(ExitCode.HITS);
      assertThat(out).contains("\"input\" : \"stdin\"");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void readsAWorkbookAndJsonLinesByExtension() throws Exception {
    Path jsonl = Files.writeString(dir.resolve("s.jsonl"), "{\"name\": \"Acme Rocket Works\"}\n{\"name\": \"Clean Company\"}\n");
    assertThat(screen(jsonl.toString())).isEqualTo(ExitCode.HITS);
    Path txt = Files.writeString(dir.resolve("s.txt"), "Clean Company\n");
    assertThat(screen(txt.toString())).isEqualTo(ExitCode.OK);
    Path xlsx = XlsxFixture.write(dir.resolve("vendors.xlsx"), List.of(List.of("Vendor", "Vendor ID"),
        List.of("Clean Company", "1"), List.of("Zenith Drone Systems", "2")));
    assertThat(screen(xlsx.toString(), "--id-column", "vendor id", "--format", "sarif")).isEqualTo(ExitCode.HITS);
    var sarif = Json.MAPPER.readTree(out);
    assertThat(sarif.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(3);
    assertThat(sarif.at("/runs/0/results/0/properties/supplierId").asText()).isEqualTo("2");
  }

  @Test
  void printsNoEscapeCodesWhenNotOnATerminal() {
    screen(suppliers.toString());
    assertThat(err).doesNotContain("\u001b").doesNotContain("\r");
    assertThat(out).doesNotContain("\u001b");
  }
}
