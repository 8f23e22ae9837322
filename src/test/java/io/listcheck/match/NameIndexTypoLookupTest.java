package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.normalize.EditDistance;
import io.listcheck.normalize.NameNormalizer;
import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deletion-neighbourhood lookup finds exactly the typo candidates the earlier full trigram scan of the
 * vocabulary found, in the same order, over a generated vocabulary shaped like the lists' (tens of thousands of
 * words of 2-16 letters in clusters of near spellings) and queries one to three edits away from its words.
 */
class NameIndexTypoLookupTest {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static NameIndex index;
  private static Map<Integer, List<Integer>> trigramPostings;

  @BeforeAll
  static void buildIndex() {
    Random random = new Random(7);
    List<String> words = new ArrayList<>();
    for (int k = 0; k < 6_000; k++) {
      String word = randomWord(random, 2 + random.nextInt(15));
      words.add(word);
      for (int v = random.nextInt(3); v > 0; v--) {
        words.add(misspell(word, 1 + random.nextInt(2), random));
      }
    }
    List<ListEntry> entries = new ArrayList<>();
    for (int k = 0; k + 2 < words.size(); k += 3) {
      String name = words.get(k) + " " + words.get(k + 1) + " " + words.get(k + 2);
      entries.add(ListEntry.builder("test", "e" + k, name, EntityType.ORGANIZATION).build());
    }
    index = new NameIndex(entries, new NameNormalizer());
    trigramPostings = new HashMap<>();
    for (int id = 0; id < index.vocabulary.length; id++) {
      String token = index.vocabulary[id];
      if (token.length() >= Alignment.MIN_FUZZY_LENGTH && !Character.isDigit(token.charAt(0))) {
        int vocabularyId = id;
        Set<Integer> distinct = new LinkedHashSet<>();
        for (int t : TypoNeighbours.trigrams(token)) {
          distinct.add(t);
        }
        distinct.forEach(t -> trigramPostings.computeIfAbsent(t, x -> new ArrayList<>()).add(vocabularyId));
      }
    }
  }

  @Test
  void findsTheSameTypoCandidatesAsTheTrigramScanInTheSameOrder() {
    assertThat(index.vocabulary.length).isGreaterThan(10_000);
    Random random = new Random(11);
    int compared = 0;
    int withCandidates = 0;
    for (int k = 0; k < 20_000; k++) {
      String base = index.vocabulary[random.nextInt(index.vocabulary.length)];
      String token = k % 10 == 0 ? randomWord(random, 5 + random.nextInt(10)) : misspell(base, random.nextInt(4), random);
      if (token.length() < Alignment.MIN_FUZZY_LENGTH) {
        continue;
      }
      List<Integer> expected = similarOnly(token, scan(token));
      List<Integer> actual = similarOnly(token, boxed(index.typos.candidates(token)));
      assertThat(actual).as("typo candidates of '%s'", token).isEqualTo(expected);
      compared++;
      withCandidates += expected.isEmpty() ? 0 : 1;
    }
    assertThat(compared).isGreaterThan(10_000);
    assertThat(withCandidates).isGreaterThan(compared / 2);
  }

  /** The lookup as TokenMatcher did it before the deletion index: every word sharing a trigram, counted. */
  private static List<Integer> scan(String token) {
    Map<Integer, Integer> shared = new java.util.LinkedHashMap<>();
    for (int t : TypoNeighbours.trigrams(token)) {
      trigramPostings.getOrDefault(t, List.of()).forEach(id -> shared.merge(id, 1, Integer::sum));
    }
    int needed = Math.max(1, token.length() - 4 * EditDistance.allowedTypos(token.length() + 2));
    List<Integer> kept = new ArrayList<>();
    shared.forEach((id, count) -> {
      if (count >= needed && Math.abs(index.vocabulary[id].length() - token.length()) <= 3) {
        kept.add(id);
      }
    });
    return kept;
  }

  /** What TokenMatcher keeps of the candidates: other words that Alignment pairs with the token. */
  private static List<Integer> similarOnly(String token, List<Integer> ids) {
    int exact = index.vocabularyId(token);
    return ids.stream().filter(id -> id != exact
        && Alignment.tokenSimilarity(token, TokenKind.NAME, index.vocabulary[id], TokenKind.NAME) > 0).toList();
  }

  private static List<Integer> boxed(int[] ids) {
    return java.util.Arrays.stream(ids).boxed().toList();
  }

  private static String randomWord(Random random, int length) {
    StringBuilder word = new StringBuilder();
    for (int k = 0; k < length; k++) {
      // a small alphabet makes near spellings, and so candidates, common
      word.append(LETTERS.charAt(random.nextInt(k % 2 == 0 ? 8 : 26)));
    }
    return word.toString();
  }

  /** The word with {@code edits} random insertions, deletions, substitutions or transpositions. */
  private static String misspell(String word, int edits, Random random) {
    StringBuilder w = new StringBuilder(word);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(w.length() + 1);
      char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
      switch (random.nextInt(4)) {
        case 0 -> w.insert(at, letter);
        case 1 -> { if (at < w.length() && w.length() > 1) w.deleteCharAt(at); }
        case 2 -> { if (at < w.length()) w.setCharAt(at, letter); }
        default -> {
          if (at + 1 < w.length()) {
            char c = w.charAt(at);
            w.setCharAt(at, w.charAt(at + 1));
            w.setCharAt(at + 1, c);
          }
        }
      }
    }
    return w.toString();
  }
}
