package io.listcheck.screen;

import io.listcheck.match.Hit;
import java.util.List;

/** The outcome for one supplier: its status, its hits (best first) and, for an error, what was wrong. */
public record ScreeningResult(SupplierRecord supplier, Status status, List<Hit> hits, String error) {
  public ScreeningResult {
    hits = List.copyOf(hits);
    error = error == null ? "" : error;
  }

  public static ScreeningResult error(SupplierRecord supplier, String problem) {
    return new ScreeningResult(supplier, Status.ERROR, List.of(), problem);
  }
}
