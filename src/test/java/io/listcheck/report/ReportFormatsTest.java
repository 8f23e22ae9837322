package io.listcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.listcheck.TestData;
import io.listcheck.match.Hit;
import io.listcheck.match.Verdict;
import io.listcheck.model.SourceInfo;
import io.listcheck.screen.HitChange;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.screen.Status;
import io.listcheck.screen.SupplierRecord;
import io.listcheck.store.Json;
import io.listcheck.suppress.Suppression;
import io.listcheck.suppress.Suppressions;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;

class ReportFormatsTest {
  static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"click\") <script>alert('x')</script>\n\"quoted\" "
      + "\u0007bell \u001b[31mred \u202Eevil";
  private static final SourceInfo LIST = new SourceInfo("test-list", "Test <List> & \"Co\"", "Publisher",
      "https://example.org/list", "Do not buy <b>anything</b>.", "Test Act §1", "2026-10-01", "2026-11-01T00:00:00Z",
      "2026-11-01T00:00:00Z", 3, 1, List.of(), "", "test-list.0123456789ab.json", "ab".repeat(32));

  static ReportContext context(boolean showSuppressed) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("matchThreshold", "0.9");
    parameters.put("reviewThreshold", "0.75");
    parameters.put("runAt", "2026-11-21T00:00:00Z");
    parameters.put("input", "vendor list.csv");
    parameters.put("inputSha256", "cd".repeat(32));
    return new ReportContext("listcheck", "9.9.9", "test-algo/1", List.of(LIST), parameters,
        "data/vendor list.csv", showSuppressed, true);
  }

  static List<ScreeningResult> results() {
    Hit hostileHit = new Hit(TestData.hostile(), TestData.hostile().primaryName(), "primary", 0.95, Verdict.MATCH,
        "why <b>" + HOSTILE + "</b>", List.of(), "", "score");
    Hit review = new Hit(TestData.zenith(), "ZENITH DRONE SYSTEMS", "primary", 0.8, Verdict.REVIEW, "partial", List.of(), "", "score");
    Hit acme = new Hit(TestData.acme(), "ACME ROCKETS", "aka", 1.0, Verdict.MATCH, "same name", List.of(), "", "score");
    Suppression s = new Suppression("V-2", "test-list:1", "sha256:0123456789abcdef", "not them, " + HOSTILE, "qa",
        LocalDate.parse("2027-01-01"), "s.yaml:2");
    List<ScreeningResult> results = new ArrayList<>();
    results.add(new ScreeningResult(new SupplierRecord(1, 2, HOSTILE, "V-1" + HOSTILE, "RU"), Status.MATCH,
        List.of(hostileHit, review), "", List.of(), List.of(new Suppressions.Stale(review, s, "expired")),
        List.of(new HitChange(HitChange.Kind.NEW, hostileHit), new HitChange(HitChange.Kind.DELISTED, acme))));
    results.add(new ScreeningResult(new SupplierRecord(2, 3, "Acme Rockets", "V-2", ""), Status.SUPPRESSED, List.of(), "",
        List.of(new Suppressions.Suppressed(acme, s)), List.of(), List.of()));
    results.add(new ScreeningResult(new SupplierRecord(3, 4, "Clean Co", "V-3", ""), Status.CLEAR, List.of(), ""));
    results.add(ScreeningResult.error(new SupplierRecord(4, 5, "", "V-4", ""), "no supplier name in this row"));
    return results;
  }

  static String render(ReportFormat format, boolean showSuppressed) throws Exception {
    StringWriter out = new StringWriter();
    Summary summary = new Summary();
    try (ReportWriter writer = format.open(out)) {
      writer.begin(context(showSuppressed));
      for (ScreeningResult r : results()) {
        summary.count(r);
        writer.result(r);
      }
      writer.end(summary);
    }
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void writesTheSameBytesForTheSameInput(ReportFormat format) throws Exception {
    assertThat(render(format, true)).isEqualTo(render(format, true)).isNotEmpty();
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void carriesTheAuditHeader(ReportFormat format) throws Exception {
    String report = render(format, false);
    for (String expected : List.of("9.9.9", "test-algo/1", "0.9", "2026-11-21T00:00:00Z", "vendor list.csv", "cd".repeat(32))) {
      assertThat(report).as(format + " carries " + expected).contains(expected);
    }
    if (format != ReportFormat.TABLE) {
      assertThat(report).as(format + " names the list snapshot").contains("ab".repeat(32)).contains("2026-10-01");
    }
  }

  @Test
  void jsonKeepsHostileTextExactAndAddsSuppressionInfo() throws Exception {
    JsonNode json = Json.MAPPER.readTree(render(ReportFormat.JSON, true));
    assertThat(json.at("/results/0/name").asText()).isEqualTo(HOSTILE);
    assertThat(json.at("/results/0/staleSuppressions/0/why").asText()).isEqualTo("expired");
    assertThat(json.at("/results/0/changes/0/change").asText()).isEqualTo("new");
    assertThat(json.at("/results/1/suppressed/0/suppression/reviewer").asText()).isEqualTo("qa");
    assertThat(json.at("/summary/rows").asLong()).isEqualTo(4);
    assertThat(json.at("/summary/suppressed").asLong()).isEqualTo(1);
    assertThat(Json.MAPPER.readTree(render(ReportFormat.JSON, false)).at("/results/1/suppressed").isMissingNode()).isTrue();
  }

  @Test
  void csvHasOneRowPerSupplierHitPairAndNoCellExcelWouldRun() throws Exception {
    String csv = render(ReportFormat.CSV, true);
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String[]> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    List<String[]> data = rows.stream().filter(r -> r.length == CsvReportWriter.COLUMNS.size()).toList();
    // header, 2 active hits + 1 delisted for row 1, 1 suppressed, 1 clear, 1 error
    assertThat(data).hasSize(7);
    for (String[] row : rows) {
      for (String cell : row) {
        assertThat(cell).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
            .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r").doesNotContain("\u001b").doesNotContain("\u202E");
      }
    }
    assertThat(data.get(1)[3]).startsWith("'=HYPERLINK(").contains("\n").contains("\\u001B[31mred").contains("\\u202Eevil");
    assertThat(data.get(1)[10]).startsWith("'=HYPERLINK(");
  }

  @Test
  void neutralizesEachSpreadsheetTrigger() {
    for (String trigger : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
      assertThat(CsvReportWriter.cell(trigger)).as(trigger).matches("\"?'.*");
    }
    assertThat(CsvReportWriter.cell("Acme, Inc.")).isEqualTo("\"Acme, Inc.\"");
    assertThat(CsvReportWriter.cell("plain")).isEqualTo("plain");
  }

  @Test
  void sarifIsValidAgainstTheSarif210Schema() throws Exception {
    String sarif = render(ReportFormat.SARIF, true);
    JsonNode node = Json.MAPPER.readTree(sarif);
    Schema schema;
    try (InputStream in = getClass().getResourceAsStream("sarif-schema-2.1.0.json")) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    }
    List<Error> errors = schema.validate(node);
    assertThat(errors).isEmpty();
    assertThat(node.at("/runs/0/tool/driver/rules")).hasSize(2);
    assertThat(node.at("/runs/0/tool/driver/rules/0/id").asText()).isEqualTo("test-list");
    JsonNode first = node.at("/runs/0/results/0");
    assertThat(first.at("/level").asText()).isEqualTo("error");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("data/vendor%20list.csv");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(2);
    assertThat(first.at("/message/text").asText()).contains(HOSTILE);
    assertThat(node.at("/runs/0/results/2/suppressions/0/status").asText()).isEqualTo("accepted");
    assertThat(node.at("/runs/0/results/3/ruleId").asText()).isEqualTo(SarifReportWriter.INPUT_RULE);
  }

  @Test
  void aSchemaViolationIsCaughtByTheValidator() throws Exception {
    JsonNode broken = Json.MAPPER.readTree("{\"version\": \"2.1.0\", \"runs\": [{\"results\": []}]}");
    try (InputStream in = getClass().getResourceAsStream("sarif-schema-2.1.0.json")) {
      assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in).validate(broken)).isNotEmpty();
    }
  }

  @Test
  void junitIsWellFormedXmlWithACasePerSupplierAndAFailurePerHit() throws Exception {
    String xml = render(ReportFormat.JUNIT, true);
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    assertThat(doc.getElementsByTagName("testcase").getLength()).isEqualTo(4);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("skipped").getLength()).isEqualTo(1);
    String name = doc.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name").getNodeValue();
    assertThat(name).startsWith("=HYPERLINK(\"http://evil.example\"").contains("<script>").contains("\\u0007bell").contains("\\u202Eevil");
    assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("2");
  }

  @Test
  void htmlEscapesEveryValueAndLoadsNothingExternal() throws Exception {
    String html = render(ReportFormat.HTML, true);
    assertThat(html).doesNotContain("<script").doesNotContain("<b>").doesNotContain("\u202E").doesNotContain("\u001b")
        .doesNotContain("<link").doesNotContain(" src=").doesNotContain("url(");
    assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;").contains("\\u202Eevil")
        .contains("Test &lt;List&gt; &amp; &quot;Co&quot;").contains("Content-Security-Policy");
    assertThat(html).contains("Do not buy &lt;b&gt;anything&lt;/b&gt;.").contains("Test Act §1");
    assertThat(html.indexOf("<h2>Summary</h2>")).isLessThan(html.indexOf("<h2>Findings</h2>"));
  }

  @Test
  void tableShowsControlCharactersEscaped() throws Exception {
    String table = render(ReportFormat.TABLE, true);
    assertThat(table).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202E").contains("\\u001B[31mred");
    assertThat(table).contains("suppressed").contains("note: expired");
  }
}
