package io.listcheck.quality;

import io.listcheck.match.Hit;
import io.listcheck.match.NameMatcher;
import io.listcheck.match.Verdict;
import io.listcheck.model.ListEntry;
import java.util.List;
import java.util.Optional;

/** Small helpers shared by the measurements. */
final class Measured {
  private Measured() {}

  static Optional<Hit> hitOn(NameMatcher matcher, String query, ListEntry expected) {
    return hitOn(matcher.match(query), expected);
  }

  static Optional<Hit> hitOn(List<Hit> hits, ListEntry expected) {
    return hits.stream().filter(h -> h.entry().id().equals(expected.id())).findFirst();
  }

  static Verdict worst(List<Hit> hits) {
    if (hits.stream().anyMatch(h -> h.verdict() == Verdict.MATCH)) {
      return Verdict.MATCH;
    }
    return hits.isEmpty() ? Verdict.CLEAR : Verdict.REVIEW;
  }

  static String pct(double ratio) {
    return String.format(java.util.Locale.ROOT, "%.3f", ratio);
  }

  static String per10k(long count, long total) {
    return String.format(java.util.Locale.ROOT, "%.1f", total == 0 ? 0 : 10_000.0 * count / total);
  }

  static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
