package io.listcheck.match;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.AnalyzedName;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every listed name and alias, analysed once, with the lookups that find candidates for a supplier name cheaply:
 * token postings (token to names), postings of neighbouring tokens written together ("tplink"), and a trigram index
 * over the token vocabulary so that a misspelt token still finds its listed token. Immutable after construction.
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
  private final Map<Integer, int[]> trigramPostings;
  private final Map<String, int[]> byCoreKey;

  NameIndex(List<ListEntry> entries, NameNormalizer normalizer) {
    List<ListEntry> matchable = entries.stream().filter(ListEntry::isNameMatchable).toList();
    List<AnalyzedName> analyzed = new ArrayList<>();
    List<ListEntry> owners = new ArrayList<>();
    List<String> kindLabels = new ArrayList<>();
    List<String> originals = new ArrayList<>();
    Map<String, Integer> entryFrequency = new HashMap<>();
    for (ListEntry entry : matchable) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      addName(entry, entry.primaryName(), "primary", normalizer, analyzed, owners, kindLabels, originals, seen);
      for (Alias alias : entry.aliases()) {
        if (alias.kind() != AliasKind.WEAK_AKA || alias.name().length() > SHORT_WEAK_ALIAS) {
          addName(entry, alias.name(), alias.kind().label(), normalizer, analyzed, owners, kindLabels, originals, seen);
        }
      }
      seen.forEach(t -> entryFrequency.merge(t, 1, Integer::sum));
    }
    weights = new TokenWeights(entryFrequency, matchable.size());
    double distinctiveWeight = DISTINCTIVE_SHARE * weights.max();
    names = new IndexedName[analyzed.size()];
    vocabularyIds = new HashMap<>();
    Map<Integer, List<Integer>> postingLists = new HashMap<>();
    Map<Integer, Double> tokenWeights = new HashMap<>();
    Map<String, List<Integer>> joined = new HashMap<>();
    Map<String, List<Integer>> core = new HashMap<>();
    for (int id = 0; id < names.length; id++) {
      AnalyzedName a = analyzed.get(id);
      ListEntry entry = owners.get(id);
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
      names[id] = new IndexedName(entry, originals.get(id), kindLabels.get(id), tokens, kinds, w, a.coreKey(), affiliate);
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
    trigramPostings = buildTrigrams(vocabulary);
  }

  /** OFAC's weak AKAs are too generic to screen alone (OFAC FAQ 124); very short ones are skipped. */
  private static final int SHORT_WEAK_ALIAS = 8;

  private static void addName(ListEntry entry, String name, String kindLabel, NameNormalizer normalizer,
      List<AnalyzedName> analyzed, List<ListEntry> owners, List<String> kindLabels, List<String> originals,
      java.util.Set<String> entryTokens) {
    AnalyzedName a = normalizer.analyze(name);
    if (a.isEmpty()) {
      return;
    }
    analyzed.add(a);
    owners.add(entry);
    kindLabels.add(kindLabel);
    originals.add(name);
    entryTokens.addAll(a.tokens());
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

  private static Map<Integer, int[]> buildTrigrams(String[] vocabulary) {
    Map<Integer, List<Integer>> lists = new HashMap<>();
    for (int id = 0; id < vocabulary.length; id++) {
      String token = vocabulary[id];
      if (token.length() < Alignment.MIN_FUZZY_LENGTH || Character.isDigit(token.charAt(0))) {
        continue;
      }
      int vocabularyId = id;
      forEachTrigram(token, key -> addPosting(lists.computeIfAbsent(key, k -> new ArrayList<>()), vocabularyId));
    }
    Map<Integer, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> out.put(k, toArray(v)));
    return out;
  }

  /** Trigrams of "$token$", each packed into an int (tokens are [a-z0-9], so 7 bits per character suffice). */
  static void forEachTrigram(String token, java.util.function.IntConsumer sink) {
    int length = token.length() + 2;
    for (int i = 0; i + 3 <= length; i++) {
      sink.accept(charAt(token, i - 1) << 14 | charAt(token, i) << 7 | charAt(token, i + 1));
    }
  }

  private static int charAt(String token, int i) {
    return i < 0 || i >= token.length() ? '$' : token.charAt(i) & 0x7F;
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

  int[] trigramPostings(int trigram) {
    return trigramPostings.getOrDefault(trigram, EMPTY);
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
