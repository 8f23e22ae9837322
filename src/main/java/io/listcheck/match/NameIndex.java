package io.listcheck.match;

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
import java.util.function.Function;
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

  final ListedEntries entries;
  final TokenWeights weights;
  final String[] vocabulary;
  /** The weight each vocabulary token carries in the listed names that use it (the largest, if kinds differ). */
  final double[] vocabularyWeights;
  private final KeySlots vocabularyIds;
  private final int[][] postings;
  private final KeySlots pairIds;
  private final int[][] joinedPostings;
  /** Per joined pair, the token position of its first occurrence: its two tokens. */
  private final int[] firstPair;
  /** Vocabulary ids of words of four letters or fewer some listed name writes as a possessive ("LORD'S", "D'S"). */
  private final boolean[] possessiveStems;
  /** The words a misspelt supplier token may stand for. */
  final TypoNeighbours typos;
  /** Listed words as written where the normalizer read them as other tokens ({@link WrittenForm}). */
  final String[] writtenVocabulary;
  /** Per written word, the largest weight of the tokens it became, summed over its span. */
  final double[] writtenWeights;
  private final KeySlots writtenIds;
  private final int[][] writtenPostings;
  /** The written words a misspelt supplier token may stand for. */
  final TypoNeighbours writtenTypos;
  private final KeySlots coreKeyIds;
  private final int[][] byCoreKey;
  private final ListedNames listed;
  /** The weight of each token occurrence of {@link #listed}. */
  private final double[] tokenWeights;
  /** Per listed name, the sum of its token weights ({@link IndexedName#totalWeight}); never changed. */
  final double[] totalWeights;
  /** Per listed name, {@link IndexedName#affiliateEligible}; never changed. */
  final boolean[] affiliateEligible;
  /**
   * Each name as the matcher compares it, made when a supplier name first meets it: a screening of one name meets a
   * few hundred of the ≈ 77,000. Unsynchronised, since two threads making the same name make equal ones and
   * {@link IndexedName}'s fields are final, so either one is safely seen whole.
   */
  private final IndexedName[] names;

  /**
   * One listed name or alias analysed, before {@link ListedNames} puts the names into the columns the index is built
   * from and a precomputed index ({@link IndexFile}) stores.
   *
   * @param entry position of its entry among the name-matchable entries
   * @param kindLabel "primary" or the alias kind's label
   * @param written the words the normalizer read as other tokens, as the list writes them
   */
  record ListedName(int entry, String name, String kindLabel, String[] tokens, TokenKind[] kinds, String coreKey,
      WrittenForm[] written) {}

  /** Analyses every listed name and alias of the name-matchable entries. */
  NameIndex(List<ListEntry> entries, NameNormalizer normalizer) {
    this(ListedEntries.of(matchable(entries)), ListedNames.of(analyse(matchable(entries), normalizer)));
  }

  static List<ListEntry> matchable(List<ListEntry> entries) {
    return entries.stream().filter(ListEntry::isNameMatchable).toList();
  }

  /**
   * Every name of {@code matchable} worth screening, in entry order, a name printed with its acronym in parentheses
   * also read without it ("National University of Defense Technology (NUDT)", {@link
   * NameNormalizer#withoutParenthesizedAcronym}), and one that writes two words as alternatives with each of them
   * ({@link SlashAlternatives}). Consolidated lists republish entries (the CSL carries every SDN
   * entry), so each distinct name is analysed once; on all cores, since the analysis is pure and
   * the normalizer thread-safe, and the names are put together in entry order afterwards.
   */
  static List<ListedName> analyse(List<ListEntry> matchable, NameNormalizer normalizer) {
    ScreenedNames screened = new ScreenedNames(matchable);
    Map<String, AnalyzedName> analysed = new HashMap<>(matchable.size() * 4);
    matchable.forEach(entry -> screened.forEach(entry, (name, kindLabel) -> {
      analysed.put(name, null);
      analysed.put(withoutInnerDots(name), null);
      SlashAlternatives.of(name).forEach(alternative -> analysed.put(alternative, null));
    }));
    String[] distinct = analysed.keySet().toArray(new String[0]);
    AnalyzedName[] results = new AnalyzedName[distinct.length];
    WrittenForm[][] written = new WrittenForm[distinct.length][];
    WithoutAcronym[] withoutAcronyms = new WithoutAcronym[distinct.length];
    Map<String, List<String>> wordTokens = new ConcurrentHashMap<>();
    Function<String, List<String>> tokensInName = word -> wordTokens.computeIfAbsent(word, normalizer::tokensInName);
    IntStream.range(0, distinct.length).parallel().forEach(k -> {
      results[k] = normalizer.analyze(distinct[k]);
      written[k] = WrittenForm.of(results[k], tokensInName);
      AnalyzedName without = normalizer.withoutParenthesizedAcronym(distinct[k]);
      if (without != null && !without.isEmpty() && !without.tokens().equals(results[k].tokens())) {
        withoutAcronyms[k] = new WithoutAcronym(without, WrittenForm.of(without, tokensInName));
      }
    });
    Map<String, WrittenForm[]> writtenByName = new HashMap<>(distinct.length * 2);
    Map<String, WithoutAcronym> withoutAcronymByName = new HashMap<>();
    for (int k = 0; k < distinct.length; k++) {
      analysed.put(distinct[k], results[k]);
      writtenByName.put(distinct[k], written[k]);
      if (withoutAcronyms[k] != null) {
        withoutAcronymByName.put(distinct[k], withoutAcronyms[k]);
      }
    }
    List<ListedName> names = new ArrayList<>();
    for (int e = 0; e < matchable.size(); e++) {
      ListEntry entry = matchable.get(e);
      int ordinal = e;
      boolean person = ListedEntries.person(entry);
      screened.forEach(entry, (name, kindLabel) -> {
        AnalyzedName a = person ? analysed.get(name).asPersonName() : analysed.get(name);
        if (!a.isEmpty()) {
          names.add(listedName(ordinal, name, kindLabel, a, writtenByName.get(name)));
          String dotlessName = withoutInnerDots(name);
          AnalyzedName dotless = person ? analysed.get(dotlessName).asPersonName() : analysed.get(dotlessName);
          if (!dotless.tokens().equals(a.tokens())) {
            names.add(listedName(ordinal, name, kindLabel, dotless, writtenByName.get(dotlessName)));
          }
          WithoutAcronym without = person ? null : withoutAcronymByName.get(name);
          if (without != null) {
            names.add(listedName(ordinal, name, kindLabel, without.name(), without.written()));
          }
          for (String alternative : person ? List.<String>of() : SlashAlternatives.of(name)) {
            AnalyzedName read = analysed.get(alternative);
            if (!read.isEmpty() && !read.tokens().equals(a.tokens())) {
              names.add(listedName(ordinal, name, kindLabel, read, writtenByName.get(alternative)));
            }
          }
        }
      });
    }
    return withSubsidiaryParts(names, normalizer, e -> ListedEntries.person(matchable.get(e)));
  }

  /** A listed name read without the acronym it prints in parentheses, with the words it writes otherwise. */
  private record WithoutAcronym(AnalyzedName name, WrittenForm[] written) {}

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
              WrittenForm.of(rest, normalizer::tokensInName)));
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

  private static final TokenKind[] KINDS = TokenKind.values();

  /**
   * Builds the lookups over names already analysed; {@code listed} refer to {@code entries} by position. Every
   * lookup is filled by int loops over {@code listed}'s columns; strings are hashed once per distinct string, never
   * per name.
   */
  NameIndex(ListedEntries entries, ListedNames listed) {
    this.entries = entries;
    this.listed = listed;
    String[] strings = listed.strings;
    KeySlots stringIds = new KeySlots(strings, strings.length);
    weights = new TokenWeights(token -> {
      int id = stringIds.find(token);
      return id < 0 ? 0 : listed.frequency[id];
    }, entries.size());
    int n = listed.size();
    names = new IndexedName[n];
    tokenWeights = new double[listed.tokens.length];
    totalWeights = new double[n];
    affiliateEligible = new boolean[n];
    int[] vocabularyOf = new int[strings.length];
    Arrays.fill(vocabularyOf, -1);
    int[] vocabularyStrings = new int[strings.length];
    int vocabularySize = 0;
    double distinctiveWeight = distinctiveWeight();
    for (int name = 0; name < n; name++) {
      boolean distinctive = false;
      double total = 0;
      for (int p = listed.tokenStart(name); p < listed.tokenEnd[name]; p++) {
        TokenKind kind = KINDS[listed.kinds[p]];
        double w = weights.of(listed.frequency[listed.tokens[p]], kind);
        tokenWeights[p] = w;
        total += w;
        distinctive |= kind == TokenKind.NAME && w >= distinctiveWeight;
        if (kind != TokenKind.LEGAL_FORM && vocabularyOf[listed.tokens[p]] < 0) {
          vocabularyStrings[vocabularySize] = listed.tokens[p];
          vocabularyOf[listed.tokens[p]] = vocabularySize++;
        }
      }
      totalWeights[name] = total;
      affiliateEligible[name] = distinctive && entries.coversAffiliates(listed.entry[name]);
    }
    vocabulary = new String[vocabularySize];
    for (int v = 0; v < vocabularySize; v++) {
      vocabulary[v] = strings[vocabularyStrings[v]];
    }
    vocabularyIds = new KeySlots(vocabulary, vocabularySize);
    vocabularyWeights = new double[vocabularySize];
    postings = tokenPostings(vocabularyOf, vocabularySize);
    typos = new TypoNeighbours(vocabulary);
    possessiveStems = new boolean[vocabularySize];
    for (int s : listed.possessiveStems) {
      if (vocabularyOf[s] >= 0) {
        possessiveStems[vocabularyOf[s]] = true;
      }
    }
    int[] writtenOf = new int[strings.length];
    Arrays.fill(writtenOf, -1);
    List<String> written = new ArrayList<>();
    for (int form = 0; form < listed.writtenWord.length; form++) {
      if (writtenOf[listed.writtenWord[form]] < 0) {
        writtenOf[listed.writtenWord[form]] = written.size();
        written.add(strings[listed.writtenWord[form]]);
      }
    }
    writtenVocabulary = written.toArray(new String[0]);
    writtenIds = new KeySlots(writtenVocabulary, writtenVocabulary.length);
    writtenWeights = new double[writtenVocabulary.length];
    writtenPostings = writtenPostings(writtenOf, writtenVocabulary.length);
    writtenTypos = new TypoNeighbours(writtenVocabulary);
    firstPair = new int[listed.pairKeys];
    joinedPostings = pairPostings(listed, firstPair);
    int[] pairHashes = new int[listed.pairKeys];
    for (int key = 0; key < pairHashes.length; key++) {
      String second = strings[listed.tokens[firstPair[key] + 1]];
      pairHashes[key] = KeySlots.append(strings[listed.tokens[firstPair[key]]].hashCode(), second.hashCode(), second.length());
    }
    pairIds = new KeySlots(pairHashes, this::isPair);
    byCoreKey = coreKeyPostings();
    int[] coreHashes = new int[byCoreKey.length];
    for (int key = 0; key < coreHashes.length; key++) {
      coreHashes[key] = coreKeyHash(key);
    }
    coreKeyIds = new KeySlots(coreHashes, this::isCoreKey);
  }

  /** Per vocabulary word, the names carrying it; and each word's largest weight into {@link #vocabularyWeights}. */
  private int[][] tokenPostings(int[] vocabularyOf, int size) {
    Postings lists = new Postings(size);
    for (int pass = 0; pass < 2; pass++) {
      for (int name = 0; name < listed.size(); name++) {
        for (int p = listed.tokenStart(name); p < listed.tokenEnd[name]; p++) {
          if (listed.kinds[p] != TokenKind.LEGAL_FORM.ordinal()) {
            int v = vocabularyOf[listed.tokens[p]];
            lists.add(v, name);
            if (pass == 0) {
              vocabularyWeights[v] = Math.max(vocabularyWeights[v], tokenWeights[p]);
            }
          }
        }
      }
      lists.counted();
    }
    return lists.lists;
  }

  /** Per written word, the names writing it; and its largest weight into {@link #writtenWeights}. */
  private int[][] writtenPostings(int[] writtenOf, int size) {
    Postings lists = new Postings(size);
    for (int pass = 0; pass < 2; pass++) {
      for (int name = 0; name < listed.size(); name++) {
        int tokenStart = listed.tokenStart(name);
        for (int form = listed.writtenStart(name); form < listed.writtenEnd[name]; form++) {
          int w = writtenOf[listed.writtenWord[form]];
          lists.add(w, name);
          if (pass == 0) {
            int from = tokenStart + listed.writtenFrom[form];
            writtenWeights[w] = Math.max(writtenWeights[w],
                Arrays.stream(tokenWeights, from, from + listed.writtenSpan[form]).sum());
          }
        }
      }
      lists.counted();
    }
    return lists.lists;
  }

  /** Per joined pair, the names carrying it; {@code firstPair} gets the token position of its first occurrence. */
  private static int[][] pairPostings(ListedNames listed, int[] firstPair) {
    Arrays.fill(firstPair, -1);
    Postings lists = new Postings(listed.pairKeys);
    for (int pass = 0; pass < 2; pass++) {
      for (int name = 0; name < listed.size(); name++) {
        for (int p = listed.tokenStart(name); p + 1 < listed.tokenEnd[name]; p++) {
          int key = listed.pairKey[p - name];
          lists.add(key, name);
          if (firstPair[key] < 0) {
            firstPair[key] = p;
          }
        }
      }
      lists.counted();
    }
    return lists.lists;
  }

  private int[][] coreKeyPostings() {
    Postings lists = new Postings(listed.coreKeyText.length);
    for (int pass = 0; pass < 2; pass++) {
      for (int name = 0; name < listed.size(); name++) {
        lists.add(listed.coreKey[name], name);
      }
      lists.counted();
    }
    return lists.lists;
  }

  /** Whether joined pair {@code key} is {@code s}: its first occurrence's two tokens, written together. */
  private boolean isPair(int key, String s) {
    int p = firstPair[key];
    String first = listed.strings[listed.tokens[p]];
    String second = listed.strings[listed.tokens[p + 1]];
    return s.length() == first.length() + second.length() && s.startsWith(first) && s.startsWith(second, first.length());
  }

  /** {@link String#hashCode} of core key {@code key}, from its string or its first name's tokens. */
  private int coreKeyHash(int key) {
    if (listed.coreKeyText[key] >= 0) {
      return listed.strings[listed.coreKeyText[key]].hashCode();
    }
    int name = byCoreKey[key][0];
    int hash = 0;
    for (int p = listed.tokenStart(name); p < listed.tokenEnd[name]; p++) {
      if (listed.kinds[p] != TokenKind.LEGAL_FORM.ordinal()) {
        String token = listed.strings[listed.tokens[p]];
        hash = KeySlots.append(hash, token.hashCode(), token.length());
      }
    }
    return hash;
  }

  private boolean isCoreKey(int key, String s) {
    if (listed.coreKeyText[key] >= 0) {
      return listed.strings[listed.coreKeyText[key]].equals(s);
    }
    int name = byCoreKey[key][0];
    int at = 0;
    for (int p = listed.tokenStart(name); p < listed.tokenEnd[name]; p++) {
      if (listed.kinds[p] != TokenKind.LEGAL_FORM.ordinal()) {
        String token = listed.strings[listed.tokens[p]];
        if (!s.startsWith(token, at)) {
          return false;
        }
        at += token.length();
      }
    }
    return at == s.length();
  }

  /** Listed name {@code id} as the matcher compares it. */
  IndexedName name(int id) {
    IndexedName name = names[id];
    if (name == null) {
      name = made(id);
      names[id] = name;
    }
    return name;
  }

  private IndexedName made(int id) {
    int start = listed.tokenStart(id);
    int end = listed.tokenEnd[id];
    String[] tokens = new String[end - start];
    TokenKind[] kinds = new TokenKind[end - start];
    for (int p = start; p < end; p++) {
      tokens[p - start] = listed.strings[listed.tokens[p]];
      kinds[p - start] = KINDS[listed.kinds[p]];
    }
    int coreKeyText = listed.coreKeyText[listed.coreKey[id]];
    String coreKey = coreKeyText >= 0 ? listed.strings[coreKeyText] : ListedNames.joinedCoreKey(tokens, kinds);
    WrittenForm[] written = new WrittenForm[listed.writtenEnd[id] - listed.writtenStart(id)];
    for (int form = listed.writtenStart(id); form < listed.writtenEnd[id]; form++) {
      written[form - listed.writtenStart(id)] = new WrittenForm(listed.strings[listed.writtenWord[form]],
          listed.writtenFrom[form], listed.writtenSpan[form]);
    }
    int entry = listed.entry[id];
    return new IndexedName(entry, entries.person(entry), listed.text(id), listed.strings[listed.kindLabel[id]], tokens, kinds,
        Arrays.copyOfRange(tokenWeights, start, end), totalWeights[id], coreKey, affiliateEligible[id],
        written.length == 0 ? WrittenForm.NONE : written);
  }

  /** How many listed names there are. */
  int size() {
    return names.length;
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

  /**
   * Per key, the names that carry it, ascending and without repeats, filled in two passes over the same
   * (key, name) sequence in ascending name order: the first counts, the second fills arrays of the counted sizes.
   */
  private static final class Postings {
    private final int[] sizes;
    private final int[] lastName;
    private int[][] lists;

    Postings(int keys) {
      sizes = new int[keys];
      lastName = new int[keys];
      Arrays.fill(lastName, -1);
    }

    void add(int key, int name) {
      if (lastName[key] != name) {
        lastName[key] = name;
        if (lists == null) {
          sizes[key]++;
        } else {
          lists[key][sizes[key]++] = name;
        }
      }
    }

    /** Ends a pass: after the counting one, the arrays are made and the second pass fills them. */
    void counted() {
      if (lists == null) {
        lists = new int[sizes.length][];
        for (int key = 0; key < sizes.length; key++) {
          lists[key] = new int[sizes[key]];
        }
        Arrays.fill(sizes, 0);
        Arrays.fill(lastName, -1);
      }
    }
  }

  boolean isPossessiveStem(int vocabularyId) {
    return possessiveStems[vocabularyId];
  }

  int vocabularyId(String token) {
    return vocabularyIds.find(token);
  }

  int[] postings(int vocabularyId) {
    return postings[vocabularyId];
  }

  int writtenId(String word) {
    return writtenIds.find(word);
  }

  /** The names that write {@link #writtenVocabulary} word {@code writtenId} as it was before the normalizer read it. */
  int[] writtenPostings(int writtenId) {
    return writtenPostings[writtenId];
  }

  int[] joinedPostings(String token) {
    int key = pairIds.find(token);
    return key < 0 ? EMPTY : joinedPostings[key];
  }

  int[] namesWithCoreKey(String key) {
    int id = coreKeyIds.find(key);
    return id < 0 ? EMPTY : byCoreKey[id];
  }

  double distinctiveWeight() {
    return DISTINCTIVE_SHARE * weights.max();
  }

  String describeSize() {
    return String.format(Locale.ROOT, "%d names, %d tokens", names.length, vocabulary.length);
  }

  private static final int[] EMPTY = new int[0];
}
