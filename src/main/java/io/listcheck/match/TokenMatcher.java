package io.listcheck.match;

import io.listcheck.model.ListEntry;
import io.listcheck.normalize.AnalyzedName;
import io.listcheck.normalize.BoundedMemo;
import io.listcheck.normalize.CountryNames;
import io.listcheck.normalize.EditDistance;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.Romanisation;
import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
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
  /**
   * The stronger verdict, then the higher score: a match on one name of an entry outranks a review on another, and
   * the first hit listed explains the supplier's status.
   */
  private static final Comparator<Hit> STRONGEST_FIRST = Comparator.comparing(Hit::verdict)
      .thenComparing(Comparator.comparingDouble(Hit::score).reversed()).thenComparing(h -> h.entry().id());

  private final MatchSettings settings;
  private final NameNormalizer normalizer = new NameNormalizer();
  /** Words of supplier names read as in a name, for their {@link WrittenForm}s: vendor files repeat their words. */
  private final BoundedMemo<List<String>> wordTokens =
      new BoundedMemo<>(normalizer::tokensInName, TypoNeighbours.REMEMBERED);
  private final NameIndex index;
  /**
   * Listed words by their {@link Romanisation#key}, in vocabulary order; built for the first Cyrillic name, so that
   * screenings without one (and every cold start) do not pay for it.
   */
  private volatile Map<String, List<String>> byRomanisationKey;
  /**
   * Listed words by their {@link Romanisation#commonSpelling}, where it is not the word itself ("kompaniia" under
   * "kompaniya"); the others are found as vocabulary words.
   */
  private final Map<String, List<String>> byCommonSpelling = new HashMap<>();
  private final ThreadLocal<Candidates> scratch;
  /**
   * What the bound check needs of each listed name, side by side: most candidates are dropped by it, and reading
   * two arrays costs less than visiting each {@link IndexedName}.
   */
  private final double[] nameWeights;
  private final boolean[] affiliateEligible;
  /** Per vocabulary token, the names on its postings that the bound check never drops ({@link Candidates}). */
  private final int[][] neverDropped;
  /** Per vocabulary token, the least total weight of a name on its postings. */
  private final double[] lightestName;
  private final boolean pruneTail;

  TokenMatcher(List<ListEntry> entries, MatchSettings settings) {
    this(new NameIndex(entries, new NameNormalizer()), settings, true);
  }

  TokenMatcher(NameIndex index, MatchSettings settings) {
    this(index, settings, true);
  }

  /** {@code pruneTail}: false walks every posting list in full (to test that pruning changes nothing). */
  TokenMatcher(List<ListEntry> entries, MatchSettings settings, boolean pruneTail) {
    this(new NameIndex(entries, new NameNormalizer()), settings, pruneTail);
  }

  private TokenMatcher(NameIndex index, MatchSettings settings, boolean pruneTail) {
    this.settings = settings;
    this.index = index;
    this.pruneTail = pruneTail;
    nameWeights = index.totalWeights;
    affiliateEligible = index.affiliateEligible;
    neverDropped = new int[index.vocabulary.length][];
    lightestName = new double[index.vocabulary.length];
    for (int token = 0; token < neverDropped.length; token++) {
      int[] postings = index.postings(token);
      int[] kept = new int[postings.length];
      int n = 0;
      double lightest = postings.length == 0 ? 0 : Double.MAX_VALUE;
      for (int id : postings) {
        if (affiliateEligible[id]) {
          kept[n++] = id;
        }
        lightest = Math.min(lightest, nameWeights[id]);
      }
      neverDropped[token] = Arrays.copyOf(kept, n);
      lightestName[token] = lightest;
    }
    this.scratch = ThreadLocal.withInitial(() -> new Candidates(index.size()));
    for (String token : index.vocabulary) {
      String common = Romanisation.commonSpelling(token);
      if (!common.equals(token)) {
        byCommonSpelling.computeIfAbsent(common, k -> new ArrayList<>()).add(token);
      }
    }
  }

  private Map<String, List<String>> byRomanisationKey() {
    Map<String, List<String>> keys = byRomanisationKey;
    if (keys == null) {
      synchronized (this) {
        keys = byRomanisationKey;
        if (keys == null) {
          keys = new HashMap<>();
          for (String token : index.vocabulary) {
            if (token.length() >= Romanisation.MIN_LENGTH) {
              for (String key : Romanisation.keys(token)) {
                keys.computeIfAbsent(key, k -> new ArrayList<>()).add(token);
              }
            }
          }
          byRomanisationKey = keys;
        }
      }
    }
    return keys;
  }

  @Override
  public String algorithm() {
    return "listcheck-align/2";
  }

  @Override
  public List<Hit> match(String supplierName) {
    List<NameNormalizer.Reading> readings = normalizer.readings(supplierName);
    AnalyzedName analyzed = readings.get(0).name();
    if (analyzed.isEmpty()) {
      return List.of();
    }
    Map<Integer, Hit> best = new HashMap<>();
    if (!Romanisation.hasCyrillic(supplierName)) {
      // romanised already, perhaps by another system than the list's
      screenRespelled(supplierName, analyzed, best);
      screenOtherReadings(readings, best, (read, into) -> {
        Map<Integer, Hit> hits = new HashMap<>();
        screenRespelled(supplierName, read, hits);
        hits.forEach(into);
      });
      return ranked(best);
    }
    screenRomanised(supplierName, analyzed, best);
    screenOtherReadings(readings, best, (read, into) -> {
      Map<Integer, Hit> hits = new HashMap<>();
      screenRomanised(supplierName, read, hits);
      hits.forEach(into);
    });
    for (String part : BranchParts.of(supplierName)) {
      screenPart(supplierName, part, "branch part \"" + part + "\" screened alone", best);
    }
    ParentBody.without(supplierName).ifPresent(rest ->
        screenPart(supplierName, rest, "screened without the state body it belongs to, as \"" + rest + "\"", best));
    return ranked(best);
  }

  /**
   * Screens a part of a Cyrillic supplier name on its own into {@code best}, under each of its readings as the whole
   * name is (another English rendering of a Russian word), the explanation saying so.
   */
  private void screenPart(String supplierName, String part, String note, Map<Integer, Hit> best) {
    List<NameNormalizer.Reading> readings = normalizer.readings(part).stream()
        .map(r -> new NameNormalizer.Reading(new AnalyzedName(r.name().folded(), r.name().tokens(), r.name().kinds(),
            r.name().transliteration() + "; " + note), r.mustPair()))
        .toList();
    if (readings.get(0).name().isEmpty()) {
      return;
    }
    BiConsumer<AnalyzedName, BiConsumer<Integer, Hit>> screen =
        (read, into) -> hits(supplierName, romanisedAsListed(read, false)).forEach(into);
    screen.accept(readings.get(0).name(), (entry, hit) -> best.merge(entry, hit, TokenMatcher::better));
    screenOtherReadings(readings, best, screen);
  }

  /**
   * The best hit per entry over the name's other readings, each screened by {@code screen}: a reading that fits no
   * listed name loses nothing, and one resting on other words counts only where they explain the listed name.
   */
  private static void screenOtherReadings(List<NameNormalizer.Reading> readings, Map<Integer, Hit> best,
      BiConsumer<AnalyzedName, BiConsumer<Integer, Hit>> screen) {
    for (NameNormalizer.Reading reading : readings.subList(1, readings.size())) {
      screen.accept(reading.name(), (entry, hit) -> {
        if (reading.mustPair().isEmpty() || agreesUnder(hit, reading.mustPair())) {
          best.merge(entry, hit, TokenMatcher::better);
        }
      });
    }
  }

  /** Screens {@code analyzed} as {@link #romanisedAsListed} reads it, both ways, into {@code best}. */
  private void screenRomanised(String supplierName, AnalyzedName analyzed, Map<Integer, Hit> best) {
    AnalyzedName unlistedRead = romanisedAsListed(analyzed, false);
    hits(supplierName, unlistedRead).forEach((entry, hit) -> best.merge(entry, hit, TokenMatcher::better));
    AnalyzedName allRead = romanisedAsListed(analyzed, true);
    if (!allRead.tokens().equals(unlistedRead.tokens())) {
      hits(supplierName, allRead).forEach((entry, hit) -> best.merge(entry, hit, TokenMatcher::better));
    }
  }

  /**
   * Screens a Latin name as written and, where some of its words are listed under another romanisation, as
   * {@link #respeltAsListed} reads it, the better hit per entry kept into {@code best}: the word as written may be the
   * typo of another listed name ("Yevegniiy" of "YEVGENIY"; as another romanisation, the listed "EVEGNIY").
   */
  private void screenRespelled(String supplierName, AnalyzedName analyzed, Map<Integer, Hit> best) {
    hits(supplierName, analyzed).forEach((entry, hit) -> best.merge(entry, hit, TokenMatcher::better));
    AnalyzedName respelled = respeltAsListed(analyzed);
    if (respelled != analyzed) {
      hits(supplierName, respelled).forEach((entry, hit) -> best.merge(entry, hit, TokenMatcher::better));
    }
  }

  /**
   * Whether a hit under another rendering of a Russian phrase or Chinese word rests on it: each of the rendering's
   * {@code words} is paired, and the names agree word for word but for legal forms, places of registration and a
   * supplier's honoree or the trade words of its Chinese legal name.
   * Another rendering is a second guess at the listed name, so it must explain the whole of it: "НИИ Систем
   * Управления" (control systems) read with "management" is not the listed "Research Institute of Communication
   * Management Systems", and a lighter rendering left unpaired ("design" for "project") would only lower the weight of
   * an extra word.
   */
  private static boolean agreesUnder(Hit hit, List<String> words) {
    for (AlignedToken token : hit.alignment()) {
      boolean supplierOnly = token.listedToken().isEmpty();
      boolean forgiven = token.kind().equals(Alignment.label(TokenKind.LEGAL_FORM))
          || token.kind().equals(Alignment.label(TokenKind.LOCALITY))
          || supplierOnly && (token.kind().equals(Alignment.label(TokenKind.HONOREE))
              || token.kind().equals(Alignment.label(TokenKind.INDUSTRY)));
      if ((supplierOnly || token.supplierToken().isEmpty()) && !forgiven) {
        return false;
      }
    }
    return words.stream().allMatch(word -> hit.alignment().stream().anyMatch(t -> !t.listedToken().isEmpty()
        && List.of(t.supplierToken().split(" ")).contains(word)));
  }

  private static Hit better(Hit a, Hit b) {
    return STRONGEST_FIRST.compare(b, a) < 0 ? b : a;
  }

  private static List<Hit> ranked(Map<Integer, Hit> best) {
    return best.values().stream()
        .sorted(STRONGEST_FIRST)
        .toList();
  }

  /** The best hit per listed entry. */
  private Map<Integer, Hit> hits(String supplierName, AnalyzedName analyzed) {
    Query query = new Query(analyzed, index.weights, a -> WrittenForm.of(a, wordTokens::get));
    Candidates s = scratch.get();
    try {
      collectCandidates(query, s);
      Map<Integer, Hit> best = new HashMap<>();
      String coreKey = analyzed.coreKey();
      for (int k = 0; k < s.touchedNameCount; k++) {
        int id = s.touchedNames[k];
        // names sharing the supplier's core key carry an unbounded bound (collectCandidates): never dropped here
        double optimistic = s.bound[id] / (query.totalWeight + nameWeights[id]);
        if (optimistic < BOUND_SLACK * settings.reviewThreshold() && !affiliateEligible[id]) {
          continue;
        }
        IndexedName listed = index.name(id);
        Hit hit = hit(supplierName, query, listed, listed.coreKey.equals(coreKey));
        if (hit != null) {
          best.merge(listed.entry, hit, TokenMatcher::better);
        }
      }
      return best;
    } finally {
      s.reset();
    }
  }

  /**
   * A name romanised from Cyrillic as read under another romanisation ({@link Romanisation}): a name word no listed
   * name uses becomes the listed word it spells so ("trimiks" the listed "trimix"), so that it finds and pairs with
   * it; with {@code listedToo}, so does a word that some listed name uses while another spells it otherwise ("ostek",
   * which the lists use for other Ostek companies, as the listed "ostec"), a second reading screened beside the first.
   */
  private AnalyzedName romanisedAsListed(AnalyzedName analyzed, boolean listedToo) {
    Map<String, List<String>> byKey = byRomanisationKey();
    return respelt(analyzed, listedToo, token -> spelledAsListed(byKey, token));
  }

  /**
   * {@code analyzed} with each name word of {@value Romanisation#MIN_LENGTH} letters or more (with {@code listedToo},
   * also one that some listed name uses) that {@code asListed} finds another listed spelling of read as that listed
   * word, noted as a romanisation; {@code analyzed} itself when none is.
   */
  private AnalyzedName respelt(AnalyzedName analyzed, boolean listedToo, UnaryOperator<String> asListed) {
    // every Latin name comes through here: copy only once a word is respelt
    List<String> tokens = analyzed.tokens();
    List<String> read = null;
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (analyzed.kinds().get(i) != TokenKind.NAME || token.length() < Romanisation.MIN_LENGTH
          || !listedToo && index.vocabularyId(token) >= 0) {
        continue;
      }
      String listed = asListed.apply(token);
      if (listed != null) {
        if (read == null) {
          tokens = new ArrayList<>(tokens);
          read = new ArrayList<>();
        }
        tokens.set(i, listed);
        read.add(token + "~" + listed);
      }
    }
    if (read == null) {
      return analyzed;
    }
    return new AnalyzedName(analyzed.folded(), tokens, analyzed.kinds(),
        analyzed.transliteration() + (analyzed.transliteration().isEmpty() ? "" : "; ") + String.join(", ", read)
            + " (romanisation)");
  }

  /**
   * A Latin name with each name word that no listed name uses, but a listed word spells under another romanisation of
   * Russian ({@link Romanisation#commonSpelling}), read as that listed word: "Iupiter", "Khartiia" (ALA-LC, Russian
   * passports) are the listed "YUPITER", "KHARTIYA" (BGN/PCGN), and a supplier's "Alyans" the listed "ALIANS".
   */
  private AnalyzedName respeltAsListed(AnalyzedName analyzed) {
    return respelt(analyzed, false, token -> {
      String common = Romanisation.commonSpelling(token);
      List<String> listed = byCommonSpelling.getOrDefault(common, List.of());
      if (index.vocabularyId(common) < 0) {
        return nearest(listed, token);
      }
      List<String> withCommon = new ArrayList<>(listed);
      withCommon.add(common);
      return nearest(withCommon, token);
    });
  }

  /** Of the listed words, the one nearest to {@code token} in letters (the first of those as near), or null. */
  private static String nearest(List<String> listed, String token) {
    String nearest = null;
    int nearestDistance = Integer.MAX_VALUE;
    for (String word : listed) {
      int distance = EditDistance.damerau(token, word);
      if (distance < nearestDistance) {
        nearest = word;
        nearestDistance = distance;
      }
    }
    return nearest;
  }

  /**
   * The listed word other than {@code token} that shares one of its keys, the one nearest in letters when several do
   * ("devays" is the listed "devais" before "device"), or null.
   */
  private static String spelledAsListed(Map<String, List<String>> byKey, String token) {
    List<String> listed = new ArrayList<>();
    for (String key : Romanisation.keys(token)) {
      for (String word : byKey.getOrDefault(key, List.of())) {
        if (!word.equals(token)) {
          listed.add(word);
        }
      }
    }
    return nearest(listed, token);
  }

  @Override
  public List<Hit> match(String supplierName, String country) {
    List<Hit> hits = match(supplierName);
    Optional<String> supplierCountry = CountryNames.code(country);
    if (supplierCountry.isEmpty() || hits.isEmpty()) {
      return hits;
    }
    return hits.stream().map(h -> withCountryEvidence(h, supplierCountry.get()))
        .sorted(STRONGEST_FIRST)
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

  private void collectCandidates(Query query, Candidates s) {
    for (int i = 0; i < query.tokens.length; i++) {
      if (query.kinds[i] == TokenKind.LEGAL_FORM) {
        continue;
      }
      String token = query.tokens[i];
      int exact = index.vocabularyId(token);
      if (exact >= 0) {
        addPostings(s, exact, query.weights[i] + index.vocabularyWeights[exact]);
      }
      s.source(index.joinedPostings(token), 2 * Math.max(query.weights[i], index.weights.max() * TokenWeights.GENERIC_CAP),
          null, 0);
      if (i + 1 < query.tokens.length) {
        int joined = index.vocabularyId(query.joinedPairs[i]);
        if (joined >= 0) {
          addPostings(s, joined, query.weights[i] + query.weights[i + 1] + index.vocabularyWeights[joined]);
        }
      }
      if (token.length() >= Alignment.MIN_FUZZY_LENGTH && query.kinds[i] != TokenKind.NUMBER) {
        addFuzzy(token, query.weights[i], s);
        if (!query.listed[i]) {
          addWritten(token, query.weights[i], s);
        }
        if (query.written[i] != null) {
          addFuzzy(query.written[i], query.weights[i], s);
          addWritten(query.written[i], query.weights[i], s);
        }
      }
      addUnmarkedPossessive(token, query.weights[i], s);
    }
    s.source(index.namesWithCoreKey(query.analyzed.coreKey()), Double.MAX_VALUE / 4, null, 0);
    s.walk(pruneTail ? BOUND_SLACK * settings.reviewThreshold() : 0, query.totalWeight);
  }

  private void addPostings(Candidates s, int token, double amount) {
    s.source(index.postings(token), amount, neverDropped[token], lightestName[token]);
  }

  /** Vocabulary tokens a typo away from {@code token} ({@link TypoNeighbours#similar}). */
  private void addFuzzy(String token, double queryWeight, Candidates s) {
    TypoNeighbours.Found similar = index.typos.similar(token);
    for (int k = 0; k < similar.ids().length; k++) {
      int id = similar.ids()[k];
      addPostings(s, id, similar.similarities()[k] * (queryWeight + index.vocabularyWeights[id]));
    }
  }

  /** Names writing a word {@code token} equals or misspells, where the normalizer read that word as other tokens. */
  private void addWritten(String token, double queryWeight, Candidates s) {
    int exact = index.writtenId(token);
    if (exact >= 0) {
      s.source(index.writtenPostings(exact), queryWeight + index.writtenWeights[exact], null, 0);
    }
    TypoNeighbours.Found similar = index.writtenTypos.similar(token);
    for (int k = 0; k < similar.ids().length; k++) {
      int id = similar.ids()[k];
      s.source(index.writtenPostings(id), similar.similarities()[k] * (queryWeight + index.writtenWeights[id]), null, 0);
    }
  }

  /**
   * The listed word of four letters or fewer a token may be the possessive of, written without its apostrophe ("lords"
   * for "LORD'S", read as "lord"; "ds" for "D'S"; {@link Alignment#possessiveUnmarked}): the typo index holds words of
   * five or more letters only, and finds the longer ones itself.
   */
  private void addUnmarkedPossessive(String token, double queryWeight, Candidates s) {
    int length = token.length();
    int id = length > 1 && length <= Alignment.MIN_FUZZY_LENGTH && token.endsWith("s")
        ? index.vocabularyId(token.substring(0, length - 1)) : -1;
    if (id >= 0 && index.isPossessiveStem(id)) {
      addPostings(s, id, queryWeight + index.vocabularyWeights[id]);
    }
  }

  /** The hit on one listed name, or null when it is clear. */
  private Hit hit(String supplierName, Query query, IndexedName listed, boolean sameCore) {
    if (!ScreenedNames.screenedFor(listed.name, listed.kindLabel, supplierName)) {
      return null;
    }
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
    if (verdict == Verdict.MATCH && !sameCore && (scored.numberUnpaired() || scored.countryUnpaired())) {
      // "Bowne Global Solutions" and "Bowne Global Solutions II", "Banco Santander" and "Banco Santander Mexico":
      // another series, a national subsidiary or its parent, is another legal person of the same name
      verdict = Verdict.REVIEW;
      rule = scored.numberUnpaired() ? "series" : "place";
    }
    if (verdict == Verdict.CLEAR && listed.affiliateEligible && scored.listedCoreInside()) {
      verdict = Verdict.REVIEW;
      rule = "affiliate";
    }
    if (verdict == Verdict.MATCH && listed.kindLabel.equals(ScreenedNames.WEAK)) {
      verdict = Verdict.REVIEW;
      rule = "weak-alias";
    }
    if (verdict == Verdict.CLEAR) {
      return null; // dropped by the caller: spare the explanation
    }
    double rounded = Math.round(score * 1000) / 1000.0;
    String explanation = explain(supplierName, query, listed, scored, rounded, sameCore, rule);
    return new Hit(index.entries.get(listed.entry), listed.name, listed.kindLabel, rounded, verdict, explanation, scored.tokens(),
        query.analyzed.transliteration(), rule);
  }

  private String explain(String supplierName, Query query, IndexedName listed, Alignment.Scored scored,
      double score, boolean sameCore, String rule) {
    StringBuilder why = new StringBuilder();
    why.append("matched the ").append(listed.kindLabel).append(" name '").append(listed.name).append("'");
    // the list's own words are read too (a misspelling corrected, a script converted): say so, or "the same name"
    // below would claim more than it is
    String listedReading = listedReading(listed);
    if (!listedReading.isEmpty() && !listedReading.equals(query.analyzed.transliteration())) {
      why.append(" (listed name: ").append(listedReading).append(")");
    }
    if (!query.analyzed.transliteration().isEmpty()) {
      why.append("; ").append(query.analyzed.transliteration());
    }
    String folded = query.analyzed.folded();
    if (!folded.equals(supplierName.toLowerCase(Locale.ROOT).strip())) {
      why.append("; supplier name read as '").append(folded).append("'");
    }
    if (sameCore) {
      why.append("; the same name once case, punctuation, spacing, legal form and script are set aside")
          .append(listedReading.isEmpty() && query.analyzed.transliteration().isEmpty() ? "" : " and words read as above")
          .append(": score 1.00");
    } else {
      double total = query.totalWeight + listed.totalWeight;
      why.append(String.format(Locale.ROOT, "; score %.2f = agreement %.1f / weight of both names %.1f", score,
          scored.agreed(), total));
    }
    why.append("; tokens: ").append(scored.tokens().stream().map(AlignedToken::describe).collect(Collectors.joining(", ")));
    if (rule.equals("series")) {
      why.append("; a number stands in one name only: a fund, trust or company of another series is another legal"
          + " person, review whether this is the listed one");
    }
    if (rule.equals("place")) {
      why.append("; a country or region stands in one name only, or the names give different places: a national"
          + " subsidiary, its parent or an establishment elsewhere is another legal person, review whether this is the"
          + " listed one");
    }
    if (rule.equals("affiliate")) {
      why.append("; every identifying word of the listed name appears in the supplier name and the listing covers"
          + " subsidiaries and affiliates: review whether this is one");
    }
    if (rule.equals("weak-alias")) {
      why.append("; OFAC marks this alias weak, too generic to screen alone (FAQs 122-124): review it against the"
          + " listing's other details");
      if (ScreenedNames.isShortWeak(listed.name, listed.kindLabel)) {
        why.append(" (so short a weak alias is screened only for a name written in Cyrillic, as the organisation's"
            + " own)");
      }
    }
    return why.toString();
  }

  /**
   * How the listed name was read, where not as written: the index may hold it read without its acronym too, or with one
   * of the alternatives its slash writes.
   */
  private String listedReading(IndexedName listed) {
    AnalyzedName read = normalizer.analyze(listed.name);
    List<String> tokens = Arrays.asList(listed.tokens);
    if (!read.tokens().equals(tokens)) {
      AnalyzedName withoutAcronym = normalizer.withoutParenthesizedAcronym(listed.name);
      if (withoutAcronym != null && withoutAcronym.tokens().equals(tokens)) {
        return withoutAcronym.transliteration();
      }
      for (String alternative : SlashAlternatives.of(listed.name)) {
        AnalyzedName alternativeRead = normalizer.analyze(alternative);
        if (alternativeRead.tokens().equals(tokens)) {
          return "read as '" + alternative + "', one of the alternatives its slash writes"
              + (alternativeRead.transliteration().isEmpty() ? "" : "; " + alternativeRead.transliteration());
        }
      }
    }
    return read.transliteration();
  }

  @Override
  public String toString() {
    return algorithm() + " over " + index.describeSize();
  }
}
