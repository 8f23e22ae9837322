package io.listcheck.report;

import io.listcheck.model.SourceInfo;
import java.util.List;
import java.util.Map;

/**
 * The audit header every report carries: which tool and algorithm, which lists as of when, which parameters.
 *
 * @param parameters run parameters in a stable order (threshold, input file and its SHA-256, time of run, ...)
 */
public record ReportContext(String toolName, String toolVersion, String algorithm, List<SourceInfo> lists,
    Map<String, String> parameters) {
  public ReportContext {
    lists = List.copyOf(lists);
    parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
  }
}
