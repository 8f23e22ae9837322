package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lookups {@link NameIndex} fills from the names' columns ({@link ListedNames}) answer what maps from each
 * string to the names carrying it answer, for every token, joined pair, core key and written form of the test lists,
 * and its names, made when first asked for, are the analysed names.
 */
class NameIndexLookupsTest {
  private static List<NameIndex.ListedName> analysed;
  private static NameIndex index;

  @BeforeAll
  static void build() {
    List<ListEntry> entries = new ArrayList<>(TestLists.entries());
    // pairs that join to the same word ("xq"+"cdefgh" and "xqc"+"defgh"), a token repeated in a name, a name of legal forms only
    entries.add(ListEntry.builder("test", "xq", "Xq Cdefgh Xq", EntityType.ORGANIZATION).build());
    entries.add(ListEntry.builder("test", "xqc", "Xqc Defgh Trading", EntityType.ORGANIZATION).build());
    entries.add(ListEntry.builder("test", "forms", "Limited Liability Company", EntityType.ORGANIZATION).build());
    entries.add(ListEntry.builder("test", "ru", "Vertolety Rossii Mashinostroitelnoe Bakeries", EntityType.ORGANIZATION).build());
    List<ListEntry> matchable = NameIndex.matchable(entries);
    analysed = NameIndex.analyse(matchable, new NameNormalizer());
    index = new NameIndex(ListedEntries.of(matchable), ListedNames.of(analysed));
  }

  /** Per key, the names carrying it, as the maps before the columns were: in name order, without repeats. */
  private static Map<String, TreeSet<Integer>> byKey(java.util.function.Function<NameIndex.ListedName, List<String>> keys) {
    Map<String, TreeSet<Integer>> names = new LinkedHashMap<>();
    for (int id = 0; id < analysed.size(); id++) {
      for (String key : keys.apply(analysed.get(id))) {
        names.computeIfAbsent(key, k -> new TreeSet<>()).add(id);
      }
    }
    return names;
  }

  private static int[] ids(TreeSet<Integer> names) {
    return names.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void assertFinds(Map<String, TreeSet<Integer>> expected, java.util.function.Function<String, int[]> lookup) {
    expected.forEach((key, names) -> assertThat(lookup.apply(key)).as(key).containsExactly(ids(names)));
  }

  @Test
  void everyTokenFindsItsNamesAndItsLargestWeight() {
    Map<String, TreeSet<Integer>> expected = byKey(n -> {
      List<String> tokens = new ArrayList<>();
      for (int j = 0; j < n.tokens().length; j++) {
        if (n.kinds()[j] != TokenKind.LEGAL_FORM) {
          tokens.add(n.tokens()[j]);
        }
      }
      return tokens;
    });
    assertThat(index.vocabulary).containsExactlyElementsOf(expected.keySet());
    for (String token : expected.keySet()) {
      int id = index.vocabularyId(token);
      assertThat(index.vocabulary[id]).isEqualTo(token);
      assertThat(index.postings(id)).as(token).containsExactly(ids(expected.get(token)));
      double largest = 0;
      for (int name : expected.get(token)) {
        IndexedName listed = index.name(name);
        for (int j = 0; j < listed.tokens.length; j++) {
          if (listed.tokens[j].equals(token) && listed.kinds[j] != TokenKind.LEGAL_FORM) {
            largest = Math.max(largest, listed.weights[j]);
          }
        }
      }
      assertThat(index.vocabularyWeights[id]).as(token).isEqualTo(largest);
    }
    assertThat(index.vocabularyId("nosuchtoken")).isEqualTo(-1);
  }

  @Test
  void everyJoinedPairFindsItsNamesAlsoWhereTwoPairsJoinToOneWord() {
    Map<String, TreeSet<Integer>> expected = byKey(n -> {
      List<String> pairs = new ArrayList<>();
      for (int j = 0; j + 1 < n.tokens().length; j++) {
        pairs.add(n.tokens()[j] + n.tokens()[j + 1]);
      }
      return pairs;
    });
    assertThat(expected.get("xqcdefgh")).as("two pairs of the fixture join to one word").hasSizeGreaterThan(1);
    assertFinds(expected, index::joinedPostings);
    assertThat(index.joinedPostings("xqcdefg")).isEmpty();
    assertThat(index.joinedPostings("hikvision")).isEmpty();
  }

  @Test
  void everyCoreKeyFindsItsNames() {
    Map<String, TreeSet<Integer>> expected = byKey(n -> List.of(n.coreKey()));
    assertThat(analysed).as("a name of legal forms only keeps a core key of its own")
        .anyMatch(n -> !n.coreKey().equals(ListedNames.joinedCoreKey(n.tokens(), n.kinds())));
    assertFinds(expected, index::namesWithCoreKey);
    assertThat(index.namesWithCoreKey("hangzhouhikvision")).isEmpty();
    assertThat(index.namesWithCoreKey("")).isEmpty();
  }

  @Test
  void everyWrittenFormFindsItsNames() {
    Map<String, TreeSet<Integer>> expected = byKey(n -> Arrays.stream(n.written()).map(WrittenForm::word).toList());
    assertThat(expected).as("the fixture has written forms").isNotEmpty();
    assertThat(index.writtenVocabulary).containsExactlyElementsOf(expected.keySet());
    for (Map.Entry<String, TreeSet<Integer>> word : expected.entrySet()) {
      int id = index.writtenId(word.getKey());
      assertThat(index.writtenVocabulary[id]).isEqualTo(word.getKey());
      assertThat(index.writtenPostings(id)).as(word.getKey()).containsExactly(ids(word.getValue()));
    }
    assertThat(index.writtenId("vertolet")).isEqualTo(-1);
  }

  @Test
  void namesMadeWhenFirstAskedForAreTheAnalysedNamesWithTheirWeights() {
    assertThat(index.size()).isEqualTo(analysed.size());
    for (int id = 0; id < analysed.size(); id++) {
      NameIndex.ListedName expected = analysed.get(id);
      IndexedName listed = index.name(id);
      assertThat(index.name(id)).as("made once").isSameAs(listed);
      assertThat(listed.entry).isEqualTo(expected.entry());
      assertThat(listed.name).isEqualTo(expected.name());
      assertThat(listed.kindLabel).isEqualTo(expected.kindLabel());
      assertThat(listed.tokens).containsExactly(expected.tokens());
      assertThat(listed.kinds).containsExactly(expected.kinds());
      assertThat(listed.coreKey).isEqualTo(expected.coreKey());
      assertThat(listed.written).containsExactly(expected.written());
      double total = 0;
      for (int j = 0; j < listed.tokens.length; j++) {
        assertThat(listed.weights[j]).isEqualTo(index.weights.of(listed.tokens[j], listed.kinds[j]));
        total += listed.weights[j];
      }
      assertThat(index.totalWeights[id]).isEqualTo(listed.totalWeight).isEqualTo(total);
      assertThat(index.affiliateEligible[id]).isEqualTo(listed.affiliateEligible);
    }
  }
}
