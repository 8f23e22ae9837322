package io.listcheck.report;

import io.listcheck.screen.ScreeningResult;
import java.io.IOException;

/**
 * Writes one report format as results stream in, so that nothing per row is held beyond what the format needs.
 * Calls come in the order begin, result*, end.
 */
public interface ReportWriter extends AutoCloseable {

  void begin(ReportContext context) throws IOException;

  void result(ScreeningResult result) throws IOException;

  void end(Summary summary) throws IOException;

  @Override
  void close() throws IOException;
}
