package io.listcheck.report;

import io.listcheck.model.SourceInfo;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit header every report carries: which tool and algorithm, which lists as of when, which parameters.
 *
 * @param parameters run parameters in a stable order (thresholds, input file and its SHA-256, time of run, ...)
 * @param input the supplier file as given on the command line ("-" for standard input, empty for --name), for
 *     locations in SARIF
 * @param showSuppressed whether reports list suppressed hits (they are always counted)
 * @param showClear whether the table lists clear suppliers
 */
public record ReportContext(String toolName, String toolVersion, String algorithm, List<SourceInfo> lists,
    Map<String, String> parameters, String input, boolean showSuppressed, boolean showClear) {
  public ReportContext {
    lists = List.copyOf(lists);
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    input = input == null ? "" : input;
  }

  public Optional<SourceInfo> list(String sourceId) {
    return lists.stream().filter(l -> l.id().equals(sourceId)).findFirst();
  }
}
