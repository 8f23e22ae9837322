package io.listcheck.report;

import io.listcheck.match.Hit;
import io.listcheck.model.ListEntry;
import io.listcheck.model.SourceInfo;
import io.listcheck.screen.HitChange;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.screen.Status;
import io.listcheck.suppress.Suppressions;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A self-contained, printable evidence report: summary, parameters, the list snapshot table (source, as-of,
 * retrieved-at, SHA-256), then per finding the listed entry, the explanation, the legal consequence and citation,
 * and finally every supplier screened. No scripts and no external assets (a Content-Security-Policy forbids them);
 * every value is escaped. Findings and the supplier table are spooled so the summary can come first.
 */
public final class HtmlReportWriter implements ReportWriter {
  private static final int ALIASES_SHOWN = 12;
  private static final String STYLE = """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;margin:2em auto;max-width:62em;padding:0 1em}
      h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:2px solid #333;padding-bottom:.2em;margin-top:1.6em}
      table{border-collapse:collapse;width:100%;margin:.5em 0}th,td{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}
      th{background:#eee}td.hash{font-family:ui-monospace,monospace;font-size:.8em;word-break:break-all}
      article{border:1px solid #999;border-left:6px solid #999;padding:.4em 1em;margin:1em 0}
      article.match{border-left-color:#b00020}article.review{border-left-color:#c77700}article.error{border-left-color:#555}
      article.suppressed{border-left-color:#2e7d32}.status{font-weight:bold;text-transform:uppercase}
      .muted{color:#555}.lead{font-size:1.1em}th.k{width:12em}
      @media print{body{margin:0;max-width:none}article,tr{break-inside:avoid}a{color:inherit}}
      """;

  private final Writer out;
  private final SpooledBody findings;
  private final SpooledBody suppliers;
  private ReportContext context;

  public HtmlReportWriter(Writer out) throws IOException {
    this.out = out;
    this.findings = new SpooledBody();
    this.suppliers = new SpooledBody();
  }

  @Override
  public void begin(ReportContext context) {
    this.context = context;
  }

  @Override
  public void result(ScreeningResult result) throws IOException {
    suppliers.writer().write("<tr><td>" + result.supplier().row() + "</td><td>" + line(result) + "</td><td>"
        + esc(result.supplier().supplierId()) + "</td><td>" + esc(result.supplier().name()) + "</td><td class=\"status\">"
        + result.status().label() + "</td></tr>\n");
    boolean shownSuppressed = context.showSuppressed() && !result.suppressed().isEmpty();
    if (result.hits().isEmpty() && result.status() != Status.ERROR && !shownSuppressed
        && result.staleSuppressions().isEmpty() && result.changes().isEmpty()) {
      return;
    }
    Writer w = findings.writer();
    w.write("<article class=\"" + result.status().label() + "\">\n<h3>" + esc(result.supplier().name().isEmpty()
        ? "(no name)" : result.supplier().name()) + " <span class=\"status\">" + result.status().label() + "</span></h3>\n");
    w.write("<p class=\"muted\">Row " + result.supplier().row() + (result.supplier().line() > 0 ? ", line " + line(result) : "")
        + (result.supplier().supplierId().isEmpty() ? "" : ", supplier id " + esc(result.supplier().supplierId()))
        + (result.supplier().country().isEmpty() ? "" : ", country " + esc(result.supplier().country())) + "</p>\n");
    if (!result.error().isEmpty()) {
      w.write("<p>Not screened: " + esc(result.error()) + "</p>\n");
    }
    for (Hit hit : result.hits()) {
      writeHit(w, hit, result.changeOf(hit).map(HitChange.Kind::label).orElse(""), "");
    }
    if (context.showSuppressed()) {
      for (Suppressions.Suppressed s : result.suppressed()) {
        writeHit(w, s.hit(), "", "Suppressed at " + s.by().location() + " by " + s.by().reviewer() + " until "
            + s.by().expires() + ": " + s.by().reason());
      }
    }
    for (Suppressions.Stale s : result.staleSuppressions()) {
      w.write("<p><strong>Suppression no longer applies:</strong> " + esc(s.why()) + "</p>\n");
    }
    for (HitChange c : result.changes()) {
      if (!c.needsReview()) {
        w.write("<p><strong>" + c.kind().label() + ":</strong> " + esc(c.hit().entry().id() + " '"
            + c.hit().entry().primaryName() + "' hit on the older snapshot") + "</p>\n");
      }
    }
    w.write("</article>\n");
  }

  private void writeHit(Writer w, Hit hit, String change, String suppression) throws IOException {
    ListEntry e = hit.entry();
    SourceInfo list = context.list(e.sourceId()).orElse(null);
    w.write("<table>\n");
    row(w, "Verdict", hit.verdict().label() + ", score " + hit.score() + (change.isEmpty() ? "" : " (" + change + " since the older snapshot)"));
    row(w, "Listed entry", e.primaryName() + " (" + e.id() + ", " + e.type().name().toLowerCase(java.util.Locale.ROOT) + ")");
    row(w, "List", list == null ? e.sourceId() : list.title() + (list.asOf().isEmpty() ? "" : ", as of " + list.asOf()));
    row(w, "Programs", e.programLabel());
    if (!e.aliases().isEmpty()) {
      List<String> names = e.aliases().stream().limit(ALIASES_SHOWN).map(a -> a.name()).toList();
      row(w, "Also listed as", String.join("; ", names) + (e.aliases().size() > ALIASES_SHOWN ? "; ..." : ""));
    }
    if (!e.countries().isEmpty()) {
      row(w, "Countries", String.join(", ", e.countries()));
    }
    row(w, "Matched name", hit.matchedName() + " (" + hit.matchedNameKind() + ")");
    row(w, "Explanation", hit.explanation());
    if (list != null) {
      row(w, "Legal consequence", list.consequence());
      row(w, "Citation", list.citation());
    }
    if (!suppression.isEmpty()) {
      row(w, "Suppression", suppression);
    }
    w.write("</table>\n");
  }

  private static void row(Writer w, String key, String value) throws IOException {
    w.write("<tr><th class=\"k\">" + esc(key) + "</th><td>" + esc(value) + "</td></tr>\n");
  }

  private static String line(ScreeningResult result) {
    return result.supplier().line() > 0 ? Long.toString(result.supplier().line()) : "";
  }

  private static String esc(String text) {
    return Text.html(text);
  }

  @Override
  public void end(Summary summary) throws IOException {
    String input = context.parameters().getOrDefault("input", "");
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        + "<title>Supplier screening report: " + esc(input) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n");
    out.write("<h1>Supplier screening report</h1>\n<p class=\"lead\">" + esc(input) + " screened on "
        + esc(context.parameters().getOrDefault("runAt", "")) + " by " + esc(context.toolName() + " " + context.toolVersion())
        + "</p>\n");
    writeSummary(summary);
    out.write("<h2>Parameters</h2>\n<table>\n");
    row(out, "Tool", context.toolName() + " " + context.toolVersion());
    row(out, "Matching algorithm", context.algorithm());
    for (Map.Entry<String, String> p : context.parameters().entrySet()) {
      row(out, p.getKey(), p.getValue());
    }
    out.write("</table>\n<h2>Lists screened against</h2>\n<table>\n<tr><th>Source</th><th>List</th><th>As of</th>"
        + "<th>Retrieved at</th><th>Entries</th><th>Snapshot SHA-256</th></tr>\n");
    for (SourceInfo list : context.lists()) {
      out.write("<tr><td>" + esc(list.id()) + "</td><td>" + esc(list.title()) + "<br><span class=\"muted\">"
          + esc(list.publisher()) + "</span></td><td>" + esc(list.asOf().isEmpty() ? "not stated" : list.asOf())
          + "</td><td>" + esc(list.retrievedAt()) + "</td><td>" + list.entries() + "</td><td class=\"hash\">"
          + esc(list.snapshotSha256()) + "</td></tr>\n");
    }
    out.write("</table>\n<h2>Findings</h2>\n");
    findings.copyTo(out);
    out.write("<h2>All suppliers screened</h2>\n<table>\n<tr><th>Row</th><th>Line</th><th>Supplier id</th><th>Name</th>"
        + "<th>Status</th></tr>\n");
    suppliers.copyTo(out);
    out.write("</table>\n</body>\n</html>\n");
    out.flush();
  }

  private void writeSummary(Summary s) throws IOException {
    out.write("<h2>Summary</h2>\n<table>\n<tr><th>Suppliers</th><th>Match</th><th>Review</th><th>Clear</th>"
        + "<th>Suppressed</th><th>Not screened (errors)</th></tr>\n<tr><td>" + s.rows() + "</td><td>" + s.matches()
        + "</td><td>" + s.reviews() + "</td><td>" + s.clear() + "</td><td>" + s.suppressed() + "</td><td>" + s.errors()
        + "</td></tr>\n</table>\n");
    if (s.staleSuppressions() > 0) {
      out.write("<p>" + s.staleSuppressions() + " suppression(s) no longer apply (expired or listing changed).</p>\n");
    }
    if (s.newHits() + s.changedHits() + s.removedHits() > 0 || context.parameters().containsKey("since")) {
      out.write("<p>Since the older snapshot: " + s.newHits() + " new hit(s), " + s.changedHits()
          + " changed listing(s), " + s.removedHits() + " hit(s) gone (delisted or no longer matching).</p>\n");
    }
  }

  @Override
  public void close() throws IOException {
    try (findings; suppliers) {
      out.close();
    }
  }
}
