package io.listcheck.match;

import io.listcheck.model.Alias;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.LegalForms;
import io.listcheck.normalize.NameNormalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Weighted token agreement over an inverted index of every listed name and alias. Tokens are weighted by how rare
 * they are on the lists (inverse document frequency), so "hikvision" decides a score and "technology" barely
 * moves it; legal forms are dropped before comparing.
 */
final class TokenMatcher implements NameMatcher {
  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final double FUZZY_TOKEN_FLOOR = 0.90;
  private static final int SHORT_TOKEN = 3;

  private final MatchSettings settings;
  private final NameNormalizer normalizer = new NameNormalizer();
  private final List<IndexedName> names = new ArrayList<>();
  private final Map<String, List<Integer>> postings = new HashMap<>();
  private final Map<String, List<Integer>> byJoinedKey = new HashMap<>();
  private final Map<String, Double> weights = new HashMap<>();
  private final double unseenTokenWeight;

  private record IndexedName(ListEntry entry, String name, String kind, List<String> tokens, String joined) {}

  TokenMatcher(List<ListEntry> entries, MatchSettings settings) {
    this.settings = settings;
    for (ListEntry entry : entries) {
      if (!entry.isNameMatchable()) {
        continue;
      }
      add(entry, entry.primaryName(), "primary");
      for (Alias alias : entry.aliases()) {
        add(entry, alias.name(), alias.kind().label());
      }
    }
    double total = Math.max(1, names.size());
    postings.forEach((token, list) -> weights.put(token, Math.log(1 + total / list.size())));
    unseenTokenWeight = Math.log(1 + total);
  }

  private void add(ListEntry entry, String name, String kind) {
    List<String> tokens = LegalForms.strip(normalizer.tokens(name));
    if (tokens.isEmpty()) {
      return;
    }
    int index = names.size();
    names.add(new IndexedName(entry, name, kind, tokens, String.join("", tokens)));
    tokens.stream().distinct().forEach(t -> postings.computeIfAbsent(t, k -> new ArrayList<>()).add(index));
    byJoinedKey.computeIfAbsent(String.join("", tokens), k -> new ArrayList<>()).add(index);
  }

  @Override
  public String algorithm() {
    return "listcheck-token-idf/1";
  }

  @Override
  public List<Hit> match(String supplierName) {
    List<String> query = LegalForms.strip(normalizer.tokens(supplierName));
    if (query.isEmpty()) {
      return List.of();
    }
    List<String> merged = mergeJoinedWords(query);
    Map<String, Hit> bestPerEntry = new LinkedHashMap<>();
    for (int candidate : candidates(merged)) {
      IndexedName listed = names.get(candidate);
      Hit hit = score(supplierName, merged, listed);
      if (hit.verdict() == Verdict.CLEAR) {
        continue;
      }
      bestPerEntry.merge(listed.entry().id(), hit, (a, b) -> b.score() > a.score() ? b : a);
    }
    return bestPerEntry.values().stream()
        .sorted(Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entry().id()))
        .toList();
  }

  /** "Da Jiang" becomes "dajiang" when the lists know that word: vendor masters split and join words freely. */
  private List<String> mergeJoinedWords(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      if (i + 1 < tokens.size() && postings.containsKey(tokens.get(i) + tokens.get(i + 1))
          && !postings.containsKey(tokens.get(i))) {
        out.add(tokens.get(i) + tokens.get(i + 1));
        i++;
      } else {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  private java.util.SortedSet<Integer> candidates(List<String> query) {
    java.util.SortedSet<Integer> found = new java.util.TreeSet<>(byJoinedKey.getOrDefault(String.join("", query), List.of()));
    for (String token : query) {
      found.addAll(postings.getOrDefault(token, List.of()));
    }
    return found;
  }

  private Hit score(String supplierName, List<String> query, IndexedName listed) {
    if (String.join("", query).equals(listed.joined())) {
      return hit(listed, 1.0, "same name once case, punctuation, spacing, legal form and script are set aside ("
          + describe(supplierName, listed) + ")");
    }
    boolean[] usedQuery = new boolean[query.size()];
    double agreed = 0;
    double listedWeight = 0;
    List<String> alignment = new ArrayList<>();
    for (String token : listed.tokens()) {
      double weight = weight(token);
      listedWeight += weight;
      int best = -1;
      double bestSimilarity = 0;
      for (int i = 0; i < query.size(); i++) {
        if (!usedQuery[i]) {
          double similarity = tokenSimilarity(query.get(i), token);
          if (similarity > bestSimilarity) {
            best = i;
            bestSimilarity = similarity;
          }
        }
      }
      if (best >= 0) {
        usedQuery[best] = true;
        agreed += weight * bestSimilarity;
        alignment.add(query.get(best) + (bestSimilarity == 1.0 ? "=" : String.format(Locale.ROOT, "~%.2f~", bestSimilarity)) + token);
      } else {
        alignment.add("(missing " + token + ")");
      }
    }
    double queryWeight = 0;
    for (int i = 0; i < query.size(); i++) {
      queryWeight += weight(query.get(i));
      if (!usedQuery[i]) {
        alignment.add("(extra " + query.get(i) + ")");
      }
    }
    double listedCoverage = agreed / listedWeight;
    double score = 2 * agreed / (listedWeight + queryWeight);
    String how = String.format(Locale.ROOT, "weighted token agreement %.2f [%s]", score, String.join(", ", alignment));
    if (listedCoverage >= 0.95 && score < settings.reviewThreshold() && isDistinctive(listed)) {
      // The whole listed name stands inside a longer supplier name ("DJI Europe B.V."): possibly an affiliate.
      score = settings.reviewThreshold();
      how += "; every word of the listed name appears in the supplier name, which says more: possibly a subsidiary or affiliate";
    }
    return hit(listed, score, how + " (" + describe(supplierName, listed) + ")");
  }

  private boolean isDistinctive(IndexedName listed) {
    return listed.tokens().stream().anyMatch(t -> weight(t) >= unseenTokenWeight * 0.6);
  }

  private static double tokenSimilarity(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.length() <= SHORT_TOKEN || b.length() <= SHORT_TOKEN) {
      return 0;
    }
    double similarity = JARO_WINKLER.apply(a, b);
    return similarity >= FUZZY_TOKEN_FLOOR ? similarity : 0;
  }

  private double weight(String token) {
    return weights.getOrDefault(token, unseenTokenWeight);
  }

  private Hit hit(IndexedName listed, double score, String explanation) {
    Verdict verdict = score >= settings.matchThreshold() ? Verdict.MATCH
        : score >= settings.reviewThreshold() ? Verdict.REVIEW : Verdict.CLEAR;
    return new Hit(listed.entry(), listed.name(), listed.kind(), Math.round(score * 1000) / 1000.0, verdict, explanation);
  }

  private String describe(String supplierName, IndexedName listed) {
    String folded = normalizer.fold(supplierName);
    String note = "matched the " + listed.kind() + " name '" + listed.name() + "'";
    return NameNormalizer.lower(supplierName).equals(folded) ? note : note + "; supplier name read as '" + folded + "'";
  }
}
