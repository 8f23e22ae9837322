package io.listcheck.report;

import io.listcheck.match.Hit;
import io.listcheck.model.SourceInfo;
import io.listcheck.screen.HitChange;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.screen.Status;
import io.listcheck.suppress.Suppressions;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/**
 * The terminal report: the audit header, then one line per supplier with hits (clear rows are counted, not printed,
 * so that a file of thousands stays readable), each hit with its list, listed name, score and why. Names are shown
 * with control characters escaped, so a hostile name cannot rewrite the terminal.
 */
public final class TableReportWriter implements ReportWriter {
  private final PrintWriter out;
  private ReportContext context;

  public TableReportWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void begin(ReportContext context) {
    this.context = context;
    out.printf("%s %s (algorithm %s)%n", context.toolName(), context.toolVersion(), context.algorithm());
    StringBuilder params = new StringBuilder();
    for (Map.Entry<String, String> p : context.parameters().entrySet()) {
      params.append(params.length() == 0 ? "" : ", ").append(p.getKey()).append(' ').append(Text.visible(p.getValue()));
    }
    out.println(params);
    out.print("lists:");
    for (SourceInfo list : context.lists()) {
      out.printf(" %s (%s, sha256 %s)", list.id(), list.asOf().isEmpty() ? "retrieved " + list.retrievedAt() : "as of " + list.asOf(),
          list.snapshotSha256().substring(0, Math.min(12, list.snapshotSha256().length())));
    }
    out.println();
    out.println();
  }

  @Override
  public void result(ScreeningResult result) {
    boolean shownSuppressed = context.showSuppressed() && !result.suppressed().isEmpty();
    boolean quiet = (result.status() == Status.CLEAR && !context.showClear())
        || (result.status() == Status.SUPPRESSED && !context.showSuppressed());
    if (quiet && result.changes().isEmpty() && result.staleSuppressions().isEmpty()) {
      return;
    }
    String where = result.supplier().line() > 0 ? "line " + result.supplier().line() : "#" + result.supplier().row();
    String id = result.supplier().supplierId().isEmpty() ? "" : " [" + Text.visible(result.supplier().supplierId()) + "]";
    out.printf("%-10s %-9s %s%s%n", result.status().label().toUpperCase(Locale.ROOT), where,
        Text.visible(result.supplier().name()), id);
    if (!result.error().isEmpty()) {
      out.printf("           %s%n", Text.visible(result.error()));
    }
    for (Hit hit : result.hits()) {
      String change = result.changeOf(hit).map(k -> " (" + k.label() + ")").orElse("");
      printHit(hit.verdict().label() + change, hit);
    }
    if (shownSuppressed) {
      for (Suppressions.Suppressed s : result.suppressed()) {
        printHit("suppressed", s.hit());
        out.printf("                     by %s until %s: %s (%s)%n", Text.visible(s.by().reviewer()), s.by().expires(),
            Text.visible(s.by().reason()), s.by().location());
      }
    }
    for (Suppressions.Stale s : result.staleSuppressions()) {
      out.printf("           note: %s%n", Text.visible(s.why()));
    }
    for (HitChange c : result.changes()) {
      if (!c.needsReview()) {
        printHit(c.kind().label(), c.hit());
      }
    }
  }

  private void printHit(String label, Hit hit) {
    out.printf("           %-6s %.2f  %s  [%s] %s%n", label, hit.score(), hit.entry().id(),
        Text.visible(hit.entry().programLabel()), Text.visible(hit.entry().primaryName()));
    out.printf("                     why: %s%n", Text.visible(hit.explanation()));
  }

  @Override
  public void end(Summary summary) {
    out.println();
    out.printf("%d suppliers: %d match, %d review, %d clear, %d suppressed, %d errors%n",
        summary.rows(), summary.matches(), summary.reviews(), summary.clear(), summary.suppressed(), summary.errors());
    if (summary.staleSuppressions() > 0) {
      out.printf("%d suppression(s) no longer apply (expired or listing changed)%n", summary.staleSuppressions());
    }
    if (context.parameters().containsKey("since")) {
      out.printf("since %s: %d new hit(s), %d changed listing(s), %d gone%n", context.parameters().get("since"),
          summary.newHits(), summary.changedHits(), summary.removedHits());
    }
    out.flush();
  }

  @Override
  public void close() {
    out.flush();
  }
}
