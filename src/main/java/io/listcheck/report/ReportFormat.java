package io.listcheck.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The report formats, by the name given to --format. */
public enum ReportFormat {
  TABLE, JSON, CSV, SARIF, JUNIT, HTML;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportFormat> byLabel(String label) {
    return Arrays.stream(values()).filter(f -> f.label().equals(label.strip().toLowerCase(Locale.ROOT))).findFirst();
  }

  public static String labels() {
    return String.join(", ", Arrays.stream(values()).map(ReportFormat::label).toList());
  }

  /** A writer of this format onto {@code out}, which it closes. */
  public ReportWriter open(Writer out) throws IOException {
    return switch (this) {
      case TABLE -> new TableReportWriter(out instanceof PrintWriter p ? p : new PrintWriter(out));
      case JSON -> new JsonReportWriter(out);
      case CSV -> new CsvReportWriter(out);
      case SARIF -> new SarifReportWriter(out);
      case JUNIT -> new JunitReportWriter(out);
      case HTML -> new HtmlReportWriter(out);
    };
  }
}
