package io.listcheck.report;

import io.listcheck.match.Hit;
import io.listcheck.model.SourceInfo;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.screen.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The terminal report: one line per supplier with hits (clear rows are counted, not printed, so that a file of
 * thousands stays readable), each hit with its list, listed name, score and why.
 */
public final class TableReportWriter implements ReportWriter {
  private final PrintWriter out;
  private final boolean showClear;
  private ReportContext context;

  public TableReportWriter(PrintWriter out, boolean showClear) {
    this.out = out;
    this.showClear = showClear;
  }

  @Override
  public void begin(ReportContext context) {
    this.context = context;
    out.printf("%s %s, lists:", context.toolName(), context.toolVersion());
    for (SourceInfo list : context.lists()) {
      out.printf(" %s (%s)", list.id(), list.asOf().isEmpty() ? "retrieved " + list.retrievedAt().substring(0, 10) : "as of " + list.asOf());
    }
    out.println();
    out.println();
  }

  @Override
  public void result(ScreeningResult result) {
    if (result.status() == Status.CLEAR && !showClear) {
      return;
    }
    String where = result.supplier().line() > 0 ? "line " + result.supplier().line() : "#" + result.supplier().row();
    out.printf("%-7s %-8s %s%n", result.status().label().toUpperCase(Locale.ROOT), where, result.supplier().name());
    if (!result.error().isEmpty()) {
      out.printf("        %s%n", result.error());
    }
    for (Hit hit : result.hits()) {
      out.printf("        %-6s %.2f  %s  [%s] %s%n", hit.verdict().label(), hit.score(), hit.entry().id(),
          hit.entry().programLabel(), hit.entry().primaryName());
      out.printf("                     why: %s%n", hit.explanation());
    }
  }

  @Override
  public void end(Summary summary) {
    out.println();
    out.printf("%d suppliers: %d match, %d review, %d clear, %d suppressed, %d errors (algorithm %s)%n",
        summary.rows(), summary.matches(), summary.reviews(), summary.clear(), summary.suppressed(),
        summary.errors(), context == null ? "" : context.algorithm());
    out.flush();
  }

  @Override
  public void close() {
    out.flush();
  }
}
