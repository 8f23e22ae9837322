package io.listcheck.report;

import io.listcheck.screen.ScreeningResult;
import java.io.IOException;
import java.util.List;

/** Several reports written from one screening run, each receiving every call. */
public final class ReportWriters implements ReportWriter {
  private final List<ReportWriter> writers;

  public ReportWriters(List<ReportWriter> writers) {
    this.writers = List.copyOf(writers);
  }

  @Override
  public void begin(ReportContext context) throws IOException {
    for (ReportWriter w : writers) {
      w.begin(context);
    }
  }

  @Override
  public void result(ScreeningResult result) throws IOException {
    for (ReportWriter w : writers) {
      w.result(result);
    }
  }

  @Override
  public void end(Summary summary) throws IOException {
    for (ReportWriter w : writers) {
      w.end(summary);
    }
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (ReportWriter w : writers) {
      try {
        w.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
