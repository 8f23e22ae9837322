package io.listcheck.quality;

import io.listcheck.match.Hit;
import io.listcheck.model.ListEntry;
import java.util.List;
import java.util.Optional;

/**
 * A supplier-name spelling that must hit {@code expected}, or one of {@code sameCompany}: other listed entries the
 * source row resolves to (a company's SDN entry and its CSL entry under another spelling, "Central Research and
 * Development Institute Tsiklon" and "JSC Central Research Institute Cyclone").
 */
record Positive(String query, ListEntry expected, List<ListEntry> sameCompany, VariantKind kind, String madeFrom) {
  Positive {
    sameCompany = List.copyOf(sameCompany);
  }

  /** The best hit on the expected entry or another entry of the same company. */
  Optional<Hit> hitIn(List<Hit> hits) {
    return hits.stream().filter(h -> h.entry().id().equals(expected.id())
        || sameCompany.stream().anyMatch(e -> e.id().equals(h.entry().id()))).findFirst();
  }
}
