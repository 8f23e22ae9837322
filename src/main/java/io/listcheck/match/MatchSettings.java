package io.listcheck.match;

/**
 * Score thresholds. A hit scoring at least {@code matchThreshold} is a match; at least {@code reviewThreshold}, a
 * review.
 */
public record MatchSettings(double matchThreshold, double reviewThreshold) {
  public static final MatchSettings DEFAULTS = new MatchSettings(0.88, 0.75);

  public MatchSettings {
    if (!(reviewThreshold > 0 && reviewThreshold <= matchThreshold && matchThreshold <= 1.0)) {
      throw new IllegalArgumentException("thresholds must satisfy 0 < review <= match <= 1, got review "
          + reviewThreshold + " and match " + matchThreshold);
    }
  }
}
