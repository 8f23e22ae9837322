package io.listcheck.screen;

import io.listcheck.match.Hit;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Uses the supplier's country (--country-column) as evidence on a name hit. The name decides; the country only
 * nudges: agreement with one of the listed entry's countries raises the score by {@value #ADJUSTMENT}, a conflict
 * lowers it by as much (a company may trade from abroad, so a conflict never clears a strong name match on its own).
 * The adjustment and its reason are appended to the explanation.
 */
final class CountryEvidence {
  static final double ADJUSTMENT = 0.03;

  private CountryEvidence() {}

  /** The hit with the country taken into account, or empty when the adjusted score falls below review. */
  static Optional<Hit> apply(Hit hit, String supplierCountry, MatchSettings settings) {
    if (supplierCountry.isBlank()) {
      return Optional.of(hit);
    }
    Optional<String> supplier = Countries.code(supplierCountry);
    List<String> listed = hit.entry().countries();
    if (supplier.isEmpty()) {
      return Optional.of(with(hit, hit.score(), settings, "supplier country '" + supplierCountry + "' not recognized: no adjustment"));
    }
    if (listed.isEmpty()) {
      return Optional.of(with(hit, hit.score(), settings, "supplier country " + supplier.get() + "; the listing names no country: no adjustment"));
    }
    List<String> listedCodes = listed.stream().map(Countries::code).flatMap(Optional::stream).distinct().toList();
    if (listedCodes.isEmpty()) {
      return Optional.of(with(hit, hit.score(), settings, "listing's countries " + listed + " not recognized: no adjustment"));
    }
    boolean agrees = listedCodes.contains(supplier.get());
    double score = Math.min(1.0, Math.max(0.0, hit.score() + (agrees ? ADJUSTMENT : -ADJUSTMENT)));
    String why = String.format(Locale.ROOT, "supplier country %s %s the listing's %s: score %s%.2f", supplier.get(),
        agrees ? "agrees with" : "conflicts with", String.join("/", listedCodes), agrees ? "+" : "-", ADJUSTMENT);
    Hit adjusted = with(hit, Math.round(score * 1000) / 1000.0, settings, why);
    return adjusted.verdict() == Verdict.CLEAR ? Optional.empty() : Optional.of(adjusted);
  }

  private static Hit with(Hit hit, double score, MatchSettings settings, String why) {
    Verdict verdict = score >= settings.matchThreshold() ? Verdict.MATCH
        : score >= settings.reviewThreshold() ? Verdict.REVIEW : Verdict.CLEAR;
    return new Hit(hit.entry(), hit.matchedName(), hit.matchedNameKind(), score, verdict, hit.explanation() + "; " + why);
  }
}
