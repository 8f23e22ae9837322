package io.listcheck.report;

import io.listcheck.match.Hit;
import io.listcheck.model.SourceInfo;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.screen.Status;
import io.listcheck.suppress.Suppressions;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * JUnit XML for CI test views: one test case per supplier, a {@code <failure>} per hit (type "match" or "review"),
 * an {@code <error>} for a row that could not be screened, {@code <skipped>} for a supplier whose hits are all
 * suppressed. The audit header goes into {@code <properties>}. Totals belong in the opening tag, so test cases are
 * spooled to a temporary file while results stream in.
 */
public final class JunitReportWriter implements ReportWriter {
  private final Writer out;
  private final SpooledBody cases;
  private ReportContext context;
  private long failures;

  public JunitReportWriter(Writer out) throws IOException {
    this.out = out;
    this.cases = new SpooledBody();
  }

  @Override
  public void begin(ReportContext context) {
    this.context = context;
  }

  @Override
  public void result(ScreeningResult result) throws IOException {
    Writer w = cases.writer();
    String where = result.supplier().line() > 0 ? "line " + result.supplier().line() : "row " + result.supplier().row();
    String name = result.supplier().name().isEmpty() ? "(" + where + ": no name)" : result.supplier().name();
    w.write("    <testcase classname=\"" + Text.xml(suiteName()) + "\" name=\"" + Text.xml(name)
        + (result.supplier().supplierId().isEmpty() ? "" : " [" + Text.xml(result.supplier().supplierId()) + "]")
        + "\" file=\"" + Text.xml(context.input()) + "\" line=\"" + result.supplier().line() + "\" time=\"0\">\n");
    if (result.status() == Status.ERROR) {
      w.write("      <error type=\"input\" message=\"" + Text.xml(where + ": " + result.error()) + "\"/>\n");
    }
    for (Hit hit : result.hits()) {
      failures++;
      w.write("      <failure type=\"" + hit.verdict().label() + "\" message=\"" + Text.xml(hit.verdict().label() + " "
          + hit.entry().id() + " '" + hit.entry().primaryName() + "' score " + hit.score()) + "\">"
          + Text.xml(details(hit)) + "</failure>\n");
    }
    if (result.status() == Status.SUPPRESSED) {
      String why = result.suppressed().stream().map(s -> s.hit().entry().id() + ": " + s.by().reason())
          .reduce((a, b) -> a + "; " + b).orElse("");
      w.write("      <skipped message=\"" + Text.xml("suppressed: " + why) + "\"/>\n");
    }
    if (context.showSuppressed() && !result.suppressed().isEmpty() || !result.staleSuppressions().isEmpty()) {
      w.write("      <system-out>" + Text.xml(notes(result)) + "</system-out>\n");
    }
    w.write("    </testcase>\n");
  }

  private String details(Hit hit) {
    String law = context.list(hit.entry().sourceId()).map(l -> "\nConsequence: " + l.consequence() + "\nCitation: " + l.citation()).orElse("");
    return "Listed: " + hit.entry().primaryName() + " (" + hit.entry().id() + ", " + hit.entry().programLabel() + ")\n"
        + "Matched name: " + hit.matchedName() + " (" + hit.matchedNameKind() + ")\nWhy: " + hit.explanation() + law;
  }

  private String notes(ScreeningResult result) {
    StringBuilder text = new StringBuilder();
    if (context.showSuppressed()) {
      for (Suppressions.Suppressed s : result.suppressed()) {
        text.append("suppressed ").append(s.hit().entry().id()).append(" at ").append(s.by().location()).append(" by ")
            .append(s.by().reviewer()).append(" until ").append(s.by().expires()).append(": ").append(s.by().reason()).append('\n');
      }
    }
    result.staleSuppressions().forEach(s -> text.append(s.why()).append('\n'));
    return text.toString();
  }

  private String suiteName() {
    return "listcheck." + (context.input().isEmpty() ? "names" : context.input());
  }

  @Override
  public void end(Summary summary) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<testsuites name=\"listcheck screen\" tests=\"" + summary.rows() + "\" failures=\"" + failures
        + "\" errors=\"" + summary.errors() + "\" skipped=\"" + summary.suppressed() + "\" time=\"0\">\n");
    out.write("  <testsuite name=\"" + Text.xml(suiteName()) + "\" tests=\"" + summary.rows() + "\" failures=\""
        + failures + "\" errors=\"" + summary.errors() + "\" skipped=\"" + summary.suppressed() + "\" time=\"0\" timestamp=\""
        + Text.xml(context.parameters().getOrDefault("runAt", "")) + "\">\n");
    out.write("    <properties>\n");
    property("tool", context.toolName() + " " + context.toolVersion());
    property("algorithm", context.algorithm());
    for (Map.Entry<String, String> p : context.parameters().entrySet()) {
      property(p.getKey(), p.getValue());
    }
    for (SourceInfo list : context.lists()) {
      property("list." + list.id(), "as-of " + (list.asOf().isEmpty() ? "-" : list.asOf()) + ", retrieved "
          + list.retrievedAt() + ", sha256 " + list.snapshotSha256());
    }
    out.write("    </properties>\n");
    cases.copyTo(out);
    out.write("  </testsuite>\n</testsuites>\n");
    out.flush();
  }

  private void property(String name, String value) throws IOException {
    out.write("      <property name=\"" + Text.xml(name) + "\" value=\"" + Text.xml(value) + "\"/>\n");
  }

  @Override
  public void close() throws IOException {
    try {
      cases.close();
    } finally {
      out.close();
    }
  }
}
