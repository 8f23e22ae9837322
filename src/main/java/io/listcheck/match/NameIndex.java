package io.listcheck.match;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.AnalyzedName;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Every listed name and alias, analysed once, with the lookups that find candidates for a supplier name cheaply:
 * token postings (token to names), postings of neighbouring tokens written together ("tplink"), and a deletion-neighbourhood
 * index over the token vocabulary ({@link TypoNeighbours}) so that a misspelt token still finds its listed token. Immutable after construction.
 */
final class NameIndex {
  /** A token is distinctive when it weighs at least this share of the heaviest possible token. */
  static final double DISTINCTIVE_SHARE = 0.5;

  final IndexedName[] names;
  final ListedEntries entries;
  final TokenWeights weights;
  final String[] vocabulary;
  /** The weight each vocabulary token carries in the listed names that use it (the largest, if kinds differ). */
  final double[] vocabularyWeights;
  private final Map<String, Integer> vocabularyIds;
  private final int[][] postings;
  private final Map<String, int[]> joinedPostings;
  /** Vocabulary ids of words of four letters or fewer some listed name writes as a possessive ("LORD'S", "D'S"). */
  private final boolean[] possessiveStems;
  /** The words a misspelt supplier token may stand for. */
  final TypoNeighbours typos;
  /** Listed words as written where the normalizer read them as other tokens ({@link WrittenForm}). */
  final String[] writtenVocabulary;
  /** Per written word, the largest weight of the tokens it became, summed over its span. */
  final double[] writtenWeights;
  private final Map<String, Integer> writtenIds;
  private final int[][] writtenPostings;
  /** The written words a misspelt supplier token may stand for. */
  final TypoNeighbours writtenTypos;
  private final Map<String, int[]> byCoreKey;

  /**
   * One listed name or alias analysed: the form the index is built from, whether analysed now or read back from a
   * precomputed index ({@link IndexFile}).
   *
   * @param entry position of its entry among the name-matchable entries
   * @param kindLabel "primary" or the alias kind's label
   * @param written the words the normalizer read as other tokens, as the list writes them
   */
  record ListedName(int entry, String name, String kindLabel, String[] tokens, TokenKind[] kinds, String coreKey,
      WrittenForm[] written) {}

  /** Analyses every listed name and alias of the name-matchable entries. */
  NameIndex(List<ListEntry> entries, NameNormalizer normalizer) {
    this(ListedEntries.of(matchable(entries)), analyse(matchable(entries), normalizer));
  }

  private NameIndex(ListedEntries entries, List<ListedName> listed) {
    this(entries, listed, entryFrequency(listed));
  }

  static List<ListEntry> matchable(List<ListEntry> entries) {
    return entries.stream().filter(ListEntry::isNameMatchable).toList();
  }

  /**
   * Every name of {@code matchable} worth screening, in entry order. Consolidated lists republish entries (the CSL
   * carries every SDN entry), so each distinct name is analysed once; on all cores, since the analysis is pure and
   * the normalizer thread-safe, and the names are put together in entry order afterwards.
   */
  static List<ListedName> analyse(List<ListEntry> matchable, NameNormalizer normalizer) {
    Map<String, AnalyzedName> analysed = new HashMap<>(matchable.size() * 4);
    matchable.forEach(entry -> indexedNames(entry, (name, kindLabel) -> {
      analysed.put(name, null);
      analysed.put(withoutInnerDots(name), null);
    }));
    String[] distinct = analysed.keySet().toArray(new String[0]);
    AnalyzedName[] results = new AnalyzedName[distinct.length];
    WrittenForm[][] written = new WrittenForm[distinct.length][];
    Map<String, List<String>> wordTokens = new ConcurrentHashMap<>();
    IntStream.range(0, distinct.length).parallel().forEach(k -> {
      results[k] = normalizer.analyze(distinct[k]);
      written[k] = WrittenForm.of(results[k], word -> wordTokens.computeIfAbsent(word, w -> normalizer.analyze(w).tokens()));
    });
    Map<String, WrittenForm[]> writtenByName = new HashMap<>(distinct.length * 2);
    for (int k = 0; k < distinct.length; k++) {
      analysed.put(distinct[k], results[k]);
      writtenByName.put(distinct[k], written[k]);
    }
    List<ListedName> names = new ArrayList<>();
    for (int e = 0; e < matchable.size(); e++) {
      ListEntry entry = matchable.get(e);
      int ordinal = e;
      indexedNames(entry, (name, kindLabel) -> {
        AnalyzedName a = analysed.get(name);
        if (!a.isEmpty()) {
          names.add(listedName(ordinal, name, kindLabel, a, writtenByName.get(name)));
          String dotlessName = withoutInnerDots(name);
          AnalyzedName dotless = analysed.get(dotlessName);
          if (!dotless.tokens().equals(a.tokens())) {
            names.add(listedName(ordinal, name, kindLabel, dotless, writtenByName.get(dotlessName)));
          }
        }
      });
    }
    return withSubsidiaryParts(names, normalizer, e -> ListedEntries.person(matchable.get(e)));
  }

  private static ListedName listedName(int entry, String name, String kindLabel, AnalyzedName a, WrittenForm[] written) {
    return new ListedName(entry, name, kindLabel, a.tokens().toArray(new String[0]), a.kinds().toArray(new TokenKind[0]),
        a.coreKey(), written);
  }

  /** A dot between two letters or digits, inside a word: "INZHINIRING.RF", "P.AD". */
  private static final Pattern INNER_DOT =
      Pattern.compile("(?<=[\\p{L}\\p{N}])\\.(?=[\\p{L}\\p{N}])");

  /**
   * The name with the dots inside its words dropped, as vendor masters write it ("INZHINIRINGRF", "PAD"): it is
   * indexed too when it reads differently, because the two halves of a dotted word are read on their own (a Russian
   * word translated, "inzhiniring" as engineering; a legal form, "AD") and so no longer meet the word written whole.
   */
  private static String withoutInnerDots(String name) {
    return name.indexOf('.') < 0 ? name : INNER_DOT.matcher(name).replaceAll("");
  }

  /** What a name derived by {@link #withSubsidiaryParts} is labelled in explanations. */
  static final String SUBSIDIARY_PART = "name after its parent's";
  /** A parent's name this short ("Concern", "Gazprom") is a word, not evidence of a parent. */
  private static final int PARENT_WORDS = 2;
  /** Where a listed name written after its parent's begins: a comma or an opening quote. */
  private static final Pattern AFTER_PARENT = Pattern.compile(",\\s+|\\s+[“\"«]");

  /**
   * {@code names} plus, for each organisation's name that begins with another entry's whole name ending in a legal
   * form ("... Corporation", "... JSC") and followed by a comma or a quoted name, the rest of it as a name of its own. The Consolidated Screening List names subsidiaries after
   * their parent ("Tactical Missile Corporation, Joint Stock Company Avangard", "United Shipbuilding Corporation JSC
   * “Baltic Shipbuilding Factory”"), while the subsidiary's own documents and vendor masters write "JSC Avangard".
   * The rest must hold an identifying word, so "Parent, Branch Office" derives nothing; a name of the entry itself
   * ("Huawei Technologies Co., Ltd." inside a Huawei alias) is not a parent.
   */
  private static List<ListedName> withSubsidiaryParts(List<ListedName> names, NameNormalizer normalizer,
      IntPredicate persons) {
    Set<String> wholeNames = new HashSet<>();
    for (ListedName n : names) {
      if (!persons.test(n.entry())) {
        wholeNames.add(parentKey(n.tokens(), n.kinds()));
      }
    }
    List<ListedName> out = new ArrayList<>(names.size() + 64);
    Set<String> ownNames = new HashSet<>();
    for (int k = 0; k < names.size(); k++) {
      ListedName n = names.get(k);
      if (k == 0 || names.get(k - 1).entry() != n.entry()) {
        ownNames.clear();
        for (int j = k; j < names.size() && names.get(j).entry() == n.entry(); j++) {
          ownNames.add(parentKey(names.get(j).tokens(), names.get(j).kinds()));
        }
      }
      out.add(n);
      Matcher separator = AFTER_PARENT.matcher(n.name());
      if (!persons.test(n.entry()) && separator.find()) {
        AnalyzedName parent = normalizer.analyze(n.name().substring(0, separator.start()));
        String key = parentKey(parent.tokens().toArray(new String[0]), parent.kinds().toArray(new TokenKind[0]));
        AnalyzedName rest = normalizer.analyze(n.name().substring(separator.end()));
        if (!key.isEmpty() && wholeNames.contains(key) && !ownNames.contains(key)
            && parent.kinds().get(parent.kinds().size() - 1) == TokenKind.LEGAL_FORM
            && rest.kinds().contains(TokenKind.NAME)) {
          out.add(listedName(n.entry(), n.name(), SUBSIDIARY_PART, rest,
              WrittenForm.of(rest, word -> normalizer.analyze(word).tokens())));
        }
      }
    }
    return out;
  }

  /**
   * The words of a name that is a parent's, without legal forms and a plural "s" ("Tactical Missiles Corporation
   * JSC" is the parent of "Tactical Missile Corporation, ..."); empty below {@link #PARENT_WORDS} words.
   */
  private static String parentKey(String[] tokens, TokenKind[] kinds) {
    StringBuilder key = new StringBuilder();
    int words = 0;
    for (int j = 0; j < tokens.length; j++) {
      if (kinds[j] != TokenKind.LEGAL_FORM) {
        String t = tokens[j];
        key.append(t.length() > 4 && t.endsWith("s") ? t.substring(0, t.length() - 1) : t).append(' ');
        words++;
      }
    }
    return words >= PARENT_WORDS ? key.toString() : "";
  }

  /**
   * Builds the lookups over names already analysed; {@code names} refer to {@code entries} by position, and
   * {@code entryFrequency} is {@link #entryFrequency} of them.
   */
  NameIndex(ListedEntries entries, List<ListedName> listed, Map<String, Integer> entryFrequency) {
    this.entries = entries;
    weights = new TokenWeights(entryFrequency, entries.size());
    double distinctiveWeight = DISTINCTIVE_SHARE * weights.max();
    names = new IndexedName[listed.size()];
    vocabularyIds = new HashMap<>();
    List<Postings> postingLists = new ArrayList<>();
    Map<String, Postings> joined = new HashMap<>();
    Map<String, Postings> core = new HashMap<>();
    writtenIds = new HashMap<>();
    List<Postings> writtenLists = new ArrayList<>();
    for (int id = 0; id < names.length; id++) {
      ListedName n = listed.get(id);
      String[] tokens = n.tokens();
      TokenKind[] kinds = n.kinds();
      double[] w = new double[tokens.length];
      boolean distinctive = false;
      for (int j = 0; j < tokens.length; j++) {
        w[j] = weights.of(tokens[j], kinds[j]);
        distinctive |= kinds[j] == TokenKind.NAME && w[j] >= distinctiveWeight;
        if (kinds[j] != TokenKind.LEGAL_FORM) {
          int vocabularyId = vocabularyIds.computeIfAbsent(tokens[j], k -> vocabularyIds.size());
          if (vocabularyId == postingLists.size()) {
            postingLists.add(new Postings());
          }
          postingLists.get(vocabularyId).add(id, w[j]);
        }
      }
      boolean affiliate = distinctive && entries.coversAffiliates(n.entry());
      names[id] = new IndexedName(n.entry(), entries.person(n.entry()), n.name(), n.kindLabel(), tokens, kinds, w,
          n.coreKey(), affiliate, n.written());
      for (WrittenForm form : n.written()) {
        int writtenId = writtenIds.computeIfAbsent(form.word(), k -> writtenIds.size());
        if (writtenId == writtenLists.size()) {
          writtenLists.add(new Postings());
        }
        writtenLists.get(writtenId).add(id, Arrays.stream(w, form.from(), form.from() + form.span()).sum());
      }
      for (String pair : names[id].joinedPairs) {
        joined.computeIfAbsent(pair, k -> new Postings()).add(id, 0);
      }
      core.computeIfAbsent(n.coreKey(), k -> new Postings()).add(id, 0);
    }
    vocabulary = byId(vocabularyIds);
    vocabularyWeights = maxWeights(postingLists);
    postings = toArrays(postingLists);
    joinedPostings = freeze(joined);
    byCoreKey = freeze(core);
    typos = new TypoNeighbours(vocabulary);
    writtenVocabulary = byId(writtenIds);
    writtenWeights = maxWeights(writtenLists);
    writtenPostings = toArrays(writtenLists);
    writtenTypos = new TypoNeighbours(writtenVocabulary);
    possessiveStems = possessiveStems(names, vocabularyIds, vocabulary.length);
  }

  private static String[] byId(Map<String, Integer> ids) {
    String[] words = new String[ids.size()];
    ids.forEach((word, id) -> words[id] = word);
    return words;
  }

  private static double[] maxWeights(List<Postings> lists) {
    return lists.stream().mapToDouble(p -> p.maxWeight).toArray();
  }

  private static int[][] toArrays(List<Postings> lists) {
    return lists.stream().map(Postings::toArray).toArray(int[][]::new);
  }

  /** In how many entries each token occurs (an entry counts once however many of its names carry the token). */
  static Map<String, Integer> entryFrequency(List<ListedName> listed) {
    Map<String, Integer> frequency = new HashMap<>();
    Set<String> entryTokens = new HashSet<>();
    for (int k = 0; k < listed.size(); k++) {
      entryTokens.addAll(Arrays.asList(listed.get(k).tokens()));
      if (k + 1 == listed.size() || listed.get(k + 1).entry() != listed.get(k).entry()) {
        entryTokens.forEach(t -> frequency.merge(t, 1, Integer::sum));
        entryTokens.clear();
      }
    }
    return frequency;
  }

  /** Ids of the names carrying one token, ascending and without repeats, and the largest weight it has in them. */
  private static final class Postings {
    private int[] ids = new int[4];
    private int size;
    double maxWeight;

    void add(int id, double weight) {
      if (size == 0 || ids[size - 1] != id) {
        if (size == ids.length) {
          ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
      }
      maxWeight = Math.max(maxWeight, weight);
    }

    int[] toArray() {
      return Arrays.copyOf(ids, size);
    }
  }

  /** OFAC's weak AKAs are too generic to screen alone (OFAC FAQ 124); very short ones are skipped. */
  private static final int SHORT_WEAK_ALIAS = 8;

  /** The primary name and every alias worth screening, with its kind label. */
  private static void indexedNames(ListEntry entry, BiConsumer<String, String> sink) {
    sink.accept(entry.primaryName(), "primary");
    for (Alias alias : entry.aliases()) {
      if (alias.kind() != AliasKind.WEAK_AKA || alias.name().length() > SHORT_WEAK_ALIAS) {
        sink.accept(alias.name(), alias.kind().label());
      }
    }
  }

  private static Map<String, int[]> freeze(Map<String, Postings> lists) {
    Map<String, int[]> out = new HashMap<>(lists.size() * 2);
    lists.forEach((k, v) -> out.put(k, v.toArray()));
    return out;
  }

  /**
   * Marks the words of four letters or fewer a listed name writes with a possessive 's: only those can meet a
   * supplier's spelling without the apostrophe ({@link Alignment#possessiveUnmarked}) that the typo index does not
   * find. Few names have an apostrophe.
   */
  private static boolean[] possessiveStems(IndexedName[] names, Map<String, Integer> vocabularyIds, int size) {
    boolean[] stems = new boolean[size];
    for (IndexedName name : names) {
      if (!NameNormalizer.hasApostrophe(name.name)) {
        continue;
      }
      for (String token : name.tokens) {
        Integer id = vocabularyIds.get(token);
        if (id != null && token.length() < Alignment.MIN_FUZZY_LENGTH && NameNormalizer.writesPossessive(name.name, token)) {
          stems[id] = true;
        }
      }
    }
    return stems;
  }

  boolean isPossessiveStem(int vocabularyId) {
    return possessiveStems[vocabularyId];
  }

  int vocabularyId(String token) {
    Integer id = vocabularyIds.get(token);
    return id == null ? -1 : id;
  }

  int[] postings(int vocabularyId) {
    return postings[vocabularyId];
  }

  int writtenId(String word) {
    Integer id = writtenIds.get(word);
    return id == null ? -1 : id;
  }

  /** The names that write {@link #writtenVocabulary} word {@code writtenId} as it was before the normalizer read it. */
  int[] writtenPostings(int writtenId) {
    return writtenPostings[writtenId];
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
