package io.listcheck.report;

import io.listcheck.match.Hit;
import io.listcheck.model.SourceInfo;
import io.listcheck.screen.HitChange;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.suppress.Suppressions;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One row per supplier-hit pair (a supplier without hits gets one row with empty hit columns, so every input row
 * appears), for spreadsheets. The audit header comes first as {@code #} comment lines. Cells are neutralized for
 * Excel: one starting with {@code = + - @}, a tab or a carriage return is prefixed with {@code '} so that it is
 * never run as a formula, and control characters are shown escaped.
 */
public final class CsvReportWriter implements ReportWriter {
  static final List<String> COLUMNS = List.of("row", "line", "supplier_id", "supplier_name", "supplier_country",
      "status", "hit", "change", "source", "entry_id", "listed_name", "matched_name", "matched_name_kind", "score",
      "verdict", "program", "explanation", "suppression");
  private static final String EOL = "\r\n";

  private final Writer out;
  private boolean showSuppressed;

  public CsvReportWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin(ReportContext context) throws IOException {
    showSuppressed = context.showSuppressed();
    comment("tool", context.toolName() + " " + context.toolVersion());
    comment("algorithm", context.algorithm());
    for (Map.Entry<String, String> p : context.parameters().entrySet()) {
      comment(p.getKey(), p.getValue());
    }
    for (SourceInfo list : context.lists()) {
      comment("list", list.id() + " as-of " + (list.asOf().isEmpty() ? "-" : list.asOf()) + " retrieved "
          + list.retrievedAt() + " sha256 " + list.snapshotSha256());
    }
    row(COLUMNS);
  }

  private void comment(String key, String value) throws IOException {
    out.write(cell("# " + key + ": " + value) + EOL);
  }

  @Override
  public void result(ScreeningResult result) throws IOException {
    List<String> supplier = List.of(Long.toString(result.supplier().row()),
        result.supplier().line() > 0 ? Long.toString(result.supplier().line()) : "", result.supplier().supplierId(),
        result.supplier().name(), result.supplier().country(), result.status().label());
    boolean wrote = false;
    for (Hit hit : result.hits()) {
      String stale = result.staleSuppressions().stream().filter(s -> s.hit().entry().id().equals(hit.entry().id()))
          .map(Suppressions.Stale::why).findFirst().orElse("");
      row(supplier, "active", result.changeOf(hit).map(HitChange.Kind::label).orElse(""), hit, stale);
      wrote = true;
    }
    if (showSuppressed) {
      for (Suppressions.Suppressed s : result.suppressed()) {
        row(supplier, "suppressed", "", s.hit(), "suppressed at " + s.by().location() + " by " + s.by().reviewer()
            + " until " + s.by().expires() + ": " + s.by().reason());
        wrote = true;
      }
    }
    for (HitChange change : result.changes()) {
      if (!change.needsReview()) {
        row(supplier, "before", change.kind().label(), change.hit(), "");
        wrote = true;
      }
    }
    if (!wrote) {
      List<String> cells = new ArrayList<>(supplier);
      while (cells.size() < COLUMNS.size() - 2) {
        cells.add("");
      }
      cells.add(result.error());
      cells.add("");
      row(cells);
    }
  }

  private void row(List<String> supplier, String state, String change, Hit hit, String suppression) throws IOException {
    List<String> cells = new ArrayList<>(supplier);
    cells.addAll(List.of(state, change, hit.entry().sourceId(), hit.entry().id(), hit.entry().primaryName(),
        hit.matchedName(), hit.matchedNameKind(), Double.toString(hit.score()), hit.verdict().label(),
        hit.entry().programLabel(), hit.explanation(), suppression));
    row(cells);
  }

  private void row(List<String> cells) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      line.append(i == 0 ? "" : ",").append(cell(cells.get(i)));
    }
    out.write(line.append(EOL).toString());
  }

  /** One RFC 4180 field, neutralized for spreadsheets. */
  static String cell(String value) {
    String text = Text.visible(value, true);
    if (!text.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\'') == 0 || !text.strip().equals(text);
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  @Override
  public void end(Summary summary) throws IOException {
    comment("summary", summary.rows() + " rows: " + summary.matches() + " match, " + summary.reviews() + " review, "
        + summary.clear() + " clear, " + summary.suppressed() + " suppressed, " + summary.errors() + " errors");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
