package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Leaving the tail of frequent words' postings out of the walk changes no result: on a generated list shaped like
 * the real ones (a few very frequent business words, many rare names, affiliate scopes, legal forms), a matcher that
 * prunes returns exactly the hits, scores, verdicts and explanations of one that walks every posting list in full.
 */
class CandidatesTest {
  private static final String[] COMMON = {"international", "trading", "technology", "industrial", "global",
      "energy", "shipping", "electronics", "services", "systems", "holding", "group", "china", "general"};
  private static final String[] LEGAL = {"co", "ltd", "llc", "inc", "corp", "jsc", "gmbh", "limited"};
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static List<String> rare;
  private static TokenMatcher pruning;
  private static TokenMatcher fullWalk;

  @BeforeAll
  static void buildMatchers() {
    Random random = new Random(17);
    rare = new ArrayList<>();
    for (int k = 0; k < 1_500; k++) {
      rare.add(word(random, 4 + random.nextInt(8)));
    }
    List<ListEntry> entries = new ArrayList<>();
    for (int k = 0; k < 3_000; k++) {
      ListEntry.Builder entry = ListEntry.builder("test", "e" + k, name(random), EntityType.ORGANIZATION)
          .scope(k % 7 == 0 ? TestLists.AFFILIATES : "");
      if (k % 3 == 0) {
        entry.alias(name(random), io.listcheck.model.AliasKind.AKA);
      }
      entries.add(entry.build());
    }
    pruning = new TokenMatcher(entries, MatchSettings.DEFAULTS, true);
    fullWalk = new TokenMatcher(entries, MatchSettings.DEFAULTS, false);
  }

  @Test
  void pruningKeepsEveryHitAFullWalkFinds() {
    Random random = new Random(23);
    int withHits = 0;
    int affiliateReviews = 0;
    for (int k = 0; k < 2_500; k++) {
      String query = k % 2 == 0 ? misspell(name(random), random) : name(random);
      List<Hit> expected = fullWalk.match(query);
      assertThat(pruning.match(query)).as("hits for '%s'", query).isEqualTo(expected);
      withHits += expected.isEmpty() ? 0 : 1;
      affiliateReviews += (int) expected.stream().filter(h -> h.rule().equals("affiliate")).count();
    }
    assertThat(withHits).isGreaterThan(250);
    assertThat(affiliateReviews).isPositive();
  }

  @Test
  void tailSourcesAddOnlyToNamesTheHeadReachesOrTheBoundNeverDrops() {
    int[] common = new int[100];
    for (int k = 0; k < common.length; k++) {
      common[k] = k;
    }
    Candidates full = candidates(common);
    full.walk(0, 10);
    assertThat(full.touchedNameCount).isEqualTo(100);
    assertThat(full.bound[5]).isEqualTo(11);

    Candidates pruned = candidates(common);
    pruned.walk(0.5, 10); // a name needs 0.5 * (10 + its weight of at least 1): the common word's 1 alone never does
    assertThat(java.util.Arrays.copyOf(pruned.touchedNames, pruned.touchedNameCount)).containsExactly(5, 10, 50);
    assertThat(pruned.bound[5]).isEqualTo(full.bound[5]);
    assertThat(pruned.bound[10]).isEqualTo(full.bound[10]);
    assertThat(pruned.bound[50]).isEqualTo(full.bound[50]);
    pruned.reset();
    assertThat(pruned.touchedNameCount).isZero();
    assertThat(pruned.bound[50]).isZero();
  }

  /** A common word on 100 names (name 50 never dropped) and a rare one on names 5 and 10. */
  private static Candidates candidates(int[] common) {
    Candidates candidates = new Candidates(100);
    candidates.source(common, 1, new int[] {50}, 1);
    candidates.source(new int[] {5, 10}, 10, new int[0], 1);
    return candidates;
  }

  /** One to three rare words, common words around them (sometimes only common words), a legal form. */
  private static String name(Random random) {
    List<String> words = new ArrayList<>();
    int rareWords = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
    for (int k = 0; k < rareWords; k++) {
      // Zipf-like: low indexes far more often
      words.add(rare.get((int) (rare.size() * Math.pow(random.nextDouble(), 3))));
    }
    for (int k = random.nextInt(4); k > 0; k--) {
      words.add(random.nextInt(words.size() + 1), COMMON[(int) (COMMON.length * Math.pow(random.nextDouble(), 2))]);
    }
    if (words.isEmpty()) {
      words.add(COMMON[random.nextInt(COMMON.length)]);
    }
    words.add(LEGAL[random.nextInt(LEGAL.length)]);
    return String.join(" ", words);
  }

  /** One letter of one word changed, or two words written together. */
  private static String misspell(String name, Random random) {
    StringBuilder s = new StringBuilder(name);
    int at = random.nextInt(s.length() - 1) + 1;
    if (s.charAt(at) == ' ' || random.nextBoolean()) {
      int space = s.indexOf(" ");
      return space > 0 ? s.deleteCharAt(space).toString() : name;
    }
    s.setCharAt(at, LETTERS.charAt(random.nextInt(LETTERS.length())));
    return s.toString();
  }

  private static String word(Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int k = 0; k < length; k++) {
      word.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return word.toString();
  }
}
