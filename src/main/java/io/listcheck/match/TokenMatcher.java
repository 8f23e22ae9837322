package io.listcheck.match;

import io.listcheck.model.ListEntry;
import io.listcheck.normalize.AnalyzedName;
import io.listcheck.normalize.CountryNames;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Weighted token alignment over an index of every listed name and alias.
 *
 * <p>Candidates: every listed name sharing a token with the supplier name, exactly, as two words written together,
 * or (tokens of five or more letters) within the typing errors {@link Alignment#tokenSimilarity} allows, found
 * through a deletion-neighbourhood index of the token vocabulary. A cheap upper bound of each candidate's score decides which are scored in
 * full by {@link Alignment}. Immutable and thread-safe; per-query scratch space is kept per thread.
 */
final class TokenMatcher implements NameMatcher {
  /** Candidates whose optimistic score is below this share of the review threshold cannot reach it. */
  private static final double BOUND_SLACK = 0.8;

  /** How far the supplier's country moves a score: evidence, not a decider. */
  static final double COUNTRY_ADJUSTMENT = 0.03;

  private final MatchSettings settings;
  private final NameNormalizer normalizer = new NameNormalizer();
  private final NameIndex index;
  private final ThreadLocal<Scratch> scratch;

  TokenMatcher(List<ListEntry> entries, MatchSettings settings) {
    this.settings = settings;
    this.index = new NameIndex(entries, normalizer);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(index.names.length));
  }

  /** Per-thread accumulators, reset after each query by walking only what was touched. */
  private static final class Scratch {
    final double[] bound;
    final int[] touchedNames;
    int touchedNameCount;

    Scratch(int names) {
      bound = new double[names];
      touchedNames = new int[names];
    }

    void add(int name, double amount) {
      if (bound[name] == 0) {
        touchedNames[touchedNameCount++] = name;
      }
      bound[name] += amount;
    }

    void resetNames() {
      for (int k = 0; k < touchedNameCount; k++) {
        bound[touchedNames[k]] = 0;
      }
      touchedNameCount = 0;
    }
  }

  @Override
  public String algorithm() {
    return "listcheck-align/2";
  }

  @Override
  public List<Hit> match(String supplierName) {
    AnalyzedName analyzed = normalizer.analyze(supplierName);
    if (analyzed.isEmpty()) {
      return List.of();
    }
    Query query = new Query(analyzed, index.weights);
    Scratch s = scratch.get();
    try {
      collectCandidates(query, s);
      Map<ListEntry, Hit> best = new HashMap<>();
      String coreKey = analyzed.coreKey();
      for (int k = 0; k < s.touchedNameCount; k++) {
        int id = s.touchedNames[k];
        IndexedName listed = index.names[id];
        double optimistic = s.bound[id] / (query.totalWeight + listed.totalWeight);
        if (optimistic < BOUND_SLACK * settings.reviewThreshold() && !listed.affiliateEligible
            && !listed.coreKey.equals(coreKey)) {
          continue;
        }
        Hit hit = hit(supplierName, query, listed, listed.coreKey.equals(coreKey));
        if (hit != null) {
          best.merge(listed.entry, hit, (a, b) -> b.score() > a.score() ? b : a);
        }
      }
      return best.values().stream()
          .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entry().id()))
          .toList();
    } finally {
      s.resetNames();
    }
  }

  @Override
  public List<Hit> match(String supplierName, String country) {
    List<Hit> hits = match(supplierName);
    Optional<String> supplierCountry = CountryNames.code(country);
    if (supplierCountry.isEmpty() || hits.isEmpty()) {
      return hits;
    }
    return hits.stream().map(h -> withCountryEvidence(h, supplierCountry.get()))
        .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entry().id()))
        .toList();
  }

  /**
   * The supplier's country is evidence, never the decider: agreement with a country the listing names raises the
   * score by {@value #COUNTRY_ADJUSTMENT}, a conflict lowers it as much (a company may trade from abroad), and a
   * conflicting match is reviewed rather than matched. The explanation says which.
   */
  private Hit withCountryEvidence(Hit hit, String supplierCountry) {
    List<String> listed = hit.entry().countries().stream().map(CountryNames::code).flatMap(Optional::stream)
        .distinct().toList();
    if (listed.isEmpty()) {
      return hit;
    }
    boolean agrees = listed.contains(supplierCountry);
    double score = Math.round(Math.min(1.0, Math.max(0.0, hit.score() + (agrees ? COUNTRY_ADJUSTMENT : -COUNTRY_ADJUSTMENT))) * 1000) / 1000.0;
    String adjustment = String.format(Locale.ROOT, ": score %s%.2f", agrees ? "+" : "-", COUNTRY_ADJUSTMENT);
    if (agrees) {
      return new Hit(hit.entry(), hit.matchedName(), hit.matchedNameKind(), score, verdictOf(score, hit.verdict()),
          hit.explanation() + "; the listing names the supplier's country (" + supplierCountry + ")" + adjustment,
          hit.alignment(), hit.transliteration(), hit.rule());
    }
    Verdict verdict = verdictOf(score, hit.verdict());
    boolean downgrade = verdict == Verdict.MATCH;
    String note = "; the listing names " + String.join(", ", listed) + ", not the supplier's country ("
        + supplierCountry + ")" + adjustment;
    return new Hit(hit.entry(), hit.matchedName(), hit.matchedNameKind(), score,
        downgrade ? Verdict.REVIEW : verdict,
        hit.explanation() + note + (downgrade ? "; reviewed rather than matched" : ""), hit.alignment(),
        hit.transliteration(), downgrade ? "country" : hit.rule());
  }

  /**
   * The verdict a nudged score earns. A review set by a rule (affiliate, short-word typo) is not promoted, and a
   * country conflict alone never clears a name hit.
   */
  private Verdict verdictOf(double score, Verdict before) {
    Verdict byScore = verdictForScore(score);
    return before == Verdict.REVIEW || byScore == Verdict.CLEAR ? Verdict.REVIEW : byScore;
  }

  private Verdict verdictForScore(double score) {
    return score >= settings.matchThreshold() ? Verdict.MATCH
        : score >= settings.reviewThreshold() ? Verdict.REVIEW : Verdict.CLEAR;
  }

  private void collectCandidates(Query query, Scratch s) {
    for (int i = 0; i < query.tokens.length; i++) {
      if (query.kinds[i] == TokenKind.LEGAL_FORM) {
        continue;
      }
      String token = query.tokens[i];
      int exact = index.vocabularyId(token);
      if (exact >= 0) {
        addPostings(s, index.postings(exact), query.weights[i] + index.vocabularyWeights[exact]);
      }
      for (int name : index.joinedPostings(token)) {
        s.add(name, 2 * Math.max(query.weights[i], index.weights.max() * TokenWeights.GENERIC_CAP));
      }
      if (i + 1 < query.tokens.length) {
        int joined = index.vocabularyId(query.joinedPairs[i]);
        if (joined >= 0) {
          addPostings(s, index.postings(joined),
              query.weights[i] + query.weights[i + 1] + index.vocabularyWeights[joined]);
        }
      }
      if (token.length() >= Alignment.MIN_FUZZY_LENGTH && query.kinds[i] != TokenKind.NUMBER) {
        addFuzzy(token, query.weights[i], exact, s);
      }
    }
    for (int name : index.namesWithCoreKey(query.analyzed.coreKey())) {
      s.add(name, Double.MAX_VALUE / 4);
    }
  }

  private void addPostings(Scratch s, int[] names, double amount) {
    for (int name : names) {
      s.add(name, amount);
    }
  }

  /** Vocabulary tokens a typo away from {@code token} ({@link NameIndex#typoCandidates}), kept when similar. */
  private void addFuzzy(String token, double queryWeight, int exact, Scratch s) {
    for (int id : index.typoCandidates(token)) {
      if (id == exact) {
        continue;
      }
      double similarity = Alignment.tokenSimilarity(token, TokenKind.NAME, index.vocabulary[id], TokenKind.NAME);
      if (similarity > 0) {
        addPostings(s, index.postings(id), similarity * (queryWeight + index.vocabularyWeights[id]));
      }
    }
  }

  /** The hit on one listed name, or null when it is clear. */
  private Hit hit(String supplierName, Query query, IndexedName listed, boolean sameCore) {
    Alignment.Scored scored = Alignment.score(query, listed, index.distinctiveWeight());
    double score = sameCore ? 1.0 : scored.score();
    Verdict verdict = verdictForScore(score);
    if (verdict == Verdict.MATCH && !sameCore && !scored.identityCertain()) {
      verdict = Verdict.REVIEW; // "Astronics" is one letter from "Abtronics", and both are companies
    }
    if (verdict == Verdict.REVIEW && !(scored.distinctiveAgreement() && scored.namesAgree())) {
      // common words only ("Precision Aerospace"), an identifying word missing on either side ("United Airlines",
      // "United African Airlines") or generic words added to a listed name ("Helios Technologies", "HELIOS")
      verdict = Verdict.CLEAR;
    }
    String rule = "score";
    if (verdict == Verdict.CLEAR && listed.affiliateEligible && scored.listedCoreInside()) {
      verdict = Verdict.REVIEW;
      rule = "affiliate";
    }
    if (verdict == Verdict.CLEAR) {
      return null; // dropped by the caller: spare the explanation
    }
    double rounded = Math.round(score * 1000) / 1000.0;
    String explanation = explain(supplierName, query, listed, scored, rounded, sameCore, rule);
    return new Hit(listed.entry, listed.name, listed.kindLabel, rounded, verdict, explanation, scored.tokens(),
        query.analyzed.transliteration(), rule);
  }

  private String explain(String supplierName, Query query, IndexedName listed, Alignment.Scored scored,
      double score, boolean sameCore, String rule) {
    StringBuilder why = new StringBuilder();
    why.append("matched the ").append(listed.kindLabel).append(" name '").append(listed.name).append("'");
    if (!query.analyzed.transliteration().isEmpty()) {
      why.append("; ").append(query.analyzed.transliteration());
    }
    String folded = query.analyzed.folded();
    if (!folded.equals(supplierName.toLowerCase(Locale.ROOT).strip())) {
      why.append("; supplier name read as '").append(folded).append("'");
    }
    if (sameCore) {
      why.append("; the same name once case, punctuation, spacing, legal form and script are set aside: score 1.00");
    } else {
      double total = query.totalWeight + listed.totalWeight;
      why.append(String.format(Locale.ROOT, "; score %.2f = agreement %.1f / weight of both names %.1f", score,
          scored.agreed(), total));
    }
    why.append("; tokens: ").append(scored.tokens().stream().map(AlignedToken::describe).collect(Collectors.joining(", ")));
    if (rule.equals("affiliate")) {
      why.append("; every identifying word of the listed name appears in the supplier name and the listing covers"
          + " subsidiaries and affiliates: review whether this is one");
    }
    return why.toString();
  }

  @Override
  public String toString() {
    return algorithm() + " over " + index.describeSize();
  }
}
