package io.listcheck.match;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.AnalyzedName;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every listed name and alias, analysed once, with the lookups that find candidates for a supplier name cheaply:
 * token postings (token to names), postings of neighbouring tokens written together ("tplink"), and a deletion-neighbourhood
 * index over the token vocabulary ({@link TypoNeighbours}) so that a misspelt token still finds its listed token. Immutable after construction.
 */
final class NameIndex {
  private static final Pattern AFFILIATE_SCOPE = Pattern.compile("subsidiar|affiliat", Pattern.CASE_INSENSITIVE);
  /** A token is distinctive when it weighs at least this share of the heaviest possible token. */
  static final double DISTINCTIVE_SHARE = 0.5;

  final IndexedName[] names;
  final TokenWeights weights;
  final String[] vocabulary;
  /** The weight each vocabulary token carries in the listed names that use it (the largest, if kinds differ). */
  final double[] vocabularyWeights;
  private final Map<String, Integer> vocabularyIds;
  private final int[][] postings;
  private final Map<String, int[]> joinedPostings;
  /** The words a misspelt supplier token may stand for. */
  final TypoNeighbours typos;
  private final Map<String, int[]> byCoreKey;

  /** A listed name analysed, before the weights it needs are known. */
  private record Pending(ListEntry entry, String name, String kindLabel, AnalyzedName analyzed) {}

  NameIndex(List<ListEntry> entries, NameNormalizer normalizer) {
    List<ListEntry> matchable = entries.stream().filter(ListEntry::isNameMatchable).toList();
    List<Pending> pending = new ArrayList<>();
    Map<String, Integer> entryFrequency = new HashMap<>();
    // consolidated lists republish entries (the CSL carries every SDN entry): analyse each distinct name once
    Map<String, AnalyzedName> analysed = new HashMap<>(matchable.size() * 4);
    for (ListEntry entry : matchable) {
      Set<String> entryTokens = new HashSet<>();
      for (Pending p : analyse(entry, name -> analysed.computeIfAbsent(name, normalizer::analyze))) {
        pending.add(p);
        entryTokens.addAll(p.analyzed().tokens());
      }
      entryTokens.forEach(t -> entryFrequency.merge(t, 1, Integer::sum));
    }
    weights = new TokenWeights(entryFrequency, matchable.size());
    double distinctiveWeight = DISTINCTIVE_SHARE * weights.max();
    names = new IndexedName[pending.size()];
    vocabularyIds = new HashMap<>();
    Map<Integer, List<Integer>> postingLists = new HashMap<>();
    Map<Integer, Double> tokenWeights = new HashMap<>();
    Map<String, List<Integer>> joined = new HashMap<>();
    Map<String, List<Integer>> core = new HashMap<>();
    for (int id = 0; id < names.length; id++) {
      AnalyzedName a = pending.get(id).analyzed();
      ListEntry entry = pending.get(id).entry();
      String[] tokens = a.tokens().toArray(new String[0]);
      TokenKind[] kinds = a.kinds().toArray(new TokenKind[0]);
      double[] w = new double[tokens.length];
      boolean distinctive = false;
      for (int j = 0; j < tokens.length; j++) {
        w[j] = weights.of(tokens[j], kinds[j]);
        distinctive |= kinds[j] == TokenKind.NAME && w[j] >= distinctiveWeight;
        if (kinds[j] != TokenKind.LEGAL_FORM) {
          int vocabularyId = vocabularyIds.computeIfAbsent(tokens[j], k -> vocabularyIds.size());
          addPosting(postingLists.computeIfAbsent(vocabularyId, k -> new ArrayList<>()), id);
          tokenWeights.merge(vocabularyId, w[j], Math::max);
        }
      }
      boolean affiliate = distinctive && AFFILIATE_SCOPE.matcher(entry.scope()).find();
      names[id] = new IndexedName(entry, pending.get(id).name(), pending.get(id).kindLabel(), tokens, kinds, w,
          a.coreKey(), affiliate);
      for (String pair : names[id].joinedPairs) {
        addPosting(joined.computeIfAbsent(pair, k -> new ArrayList<>()), id);
      }
      addPosting(core.computeIfAbsent(a.coreKey(), k -> new ArrayList<>()), id);
    }
    vocabulary = new String[vocabularyIds.size()];
    vocabularyIds.forEach((token, id) -> vocabulary[id] = token);
    vocabularyWeights = new double[vocabulary.length];
    tokenWeights.forEach((id, weight) -> vocabularyWeights[id] = weight);
    postings = new int[vocabulary.length][];
    postingLists.forEach((id, list) -> postings[id] = toArray(list));
    joinedPostings = freeze(joined);
    byCoreKey = freeze(core);
    typos = new TypoNeighbours(vocabulary);
  }

  /** OFAC's weak AKAs are too generic to screen alone (OFAC FAQ 124); very short ones are skipped. */
  private static final int SHORT_WEAK_ALIAS = 8;

  /** The primary name and every alias worth screening, analysed; names that normalise to nothing are skipped. */
  private static List<Pending> analyse(ListEntry entry, Function<String, AnalyzedName> analyzer) {
    List<Pending> out = new ArrayList<>();
    out.add(new Pending(entry, entry.primaryName(), "primary", analyzer.apply(entry.primaryName())));
    for (Alias alias : entry.aliases()) {
      if (alias.kind() != AliasKind.WEAK_AKA || alias.name().length() > SHORT_WEAK_ALIAS) {
        out.add(new Pending(entry, alias.name(), alias.kind().label(), analyzer.apply(alias.name())));
      }
    }
    out.removeIf(p -> p.analyzed().isEmpty());
    return out;
  }

  private static void addPosting(List<Integer> list, int id) {
    if (list.isEmpty() || list.get(list.size() - 1) != id) {
      list.add(id);
    }
  }

  private static int[] toArray(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  private static Map<String, int[]> freeze(Map<String, List<Integer>> lists) {
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> out.put(k, toArray(v)));
    return out;
  }

  int vocabularyId(String token) {
    Integer id = vocabularyIds.get(token);
    return id == null ? -1 : id;
  }

  int[] postings(int vocabularyId) {
    return postings[vocabularyId];
  }

  int[] joinedPostings(String token) {
    return joinedPostings.getOrDefault(token, EMPTY);
  }

  int[] namesWithCoreKey(String key) {
    return byCoreKey.getOrDefault(key, EMPTY);
  }

  double distinctiveWeight() {
    return DISTINCTIVE_SHARE * weights.max();
  }

  String describeSize() {
    return String.format(Locale.ROOT, "%d names, %d tokens", names.length, vocabulary.length);
  }

  private static final int[] EMPTY = new int[0];
}
