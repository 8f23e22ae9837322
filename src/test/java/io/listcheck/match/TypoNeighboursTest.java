package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TypoNeighboursTest {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  @Test
  void remembersExactlyWhatAFreshLookupFinds() {
    Random random = new Random(3);
    String[] vocabulary = vocabulary(random);
    TypoNeighbours neighbours = new TypoNeighbours(vocabulary, 1_000, 0);
    TypoNeighbours fresh = new TypoNeighbours(vocabulary, 0, 0);
    int withNeighbours = 0;
    for (int k = 0; k < 3_000; k++) {
      // repeated tokens: the second lookup of a token is answered from memory
      String token = misspell(vocabulary[random.nextInt(200)], random.nextInt(3), random);
      TypoNeighbours.Found remembered = neighbours.similar(token);
      TypoNeighbours.Found computed = fresh.similar(token);
      assertThat(remembered.ids()).as("ids for '%s'", token).containsExactly(computed.ids());
      assertThat(remembered.similarities()).as("similarities for '%s'", token).containsExactly(computed.similarities());
      withNeighbours += computed.ids().length > 0 ? 1 : 0;
    }
    assertThat(withNeighbours).isGreaterThan(1_000);
  }

  @Test
  void findsEveryOtherSimilarWordAmongItsCandidatesAndNothingElse() {
    Random random = new Random(5);
    String[] vocabulary = vocabulary(random);
    TypoNeighbours neighbours = new TypoNeighbours(vocabulary, 0, 0);
    for (int k = 0; k < 500; k++) {
      String token = misspell(vocabulary[random.nextInt(vocabulary.length)], random.nextInt(3), random);
      List<Integer> expected = new ArrayList<>();
      for (int id : neighbours.candidates(token)) {
        if (!vocabulary[id].equals(token)
            && Alignment.tokenSimilarity(token, TokenKind.NAME, vocabulary[id], TokenKind.NAME) > 0) {
          expected.add(id);
        }
      }
      TypoNeighbours.Found found = neighbours.similar(token);
      assertThat(found.ids()).as("'%s'", token).containsExactly(expected.stream().mapToInt(i -> i).toArray());
      for (int n = 0; n < found.ids().length; n++) {
        assertThat(found.similarities()[n])
            .isEqualTo(Alignment.tokenSimilarity(token, TokenKind.NAME, vocabulary[found.ids()[n]], TokenKind.NAME));
      }
    }
  }

  @Test
  void scanningTheVocabularyFindsWhatTheIndexFinds() {
    Random random = new Random(7);
    String[] vocabulary = vocabulary(random);
    TypoNeighbours scanning = new TypoNeighbours(vocabulary, 0, Integer.MAX_VALUE);
    TypoNeighbours indexed = new TypoNeighbours(vocabulary, 0, 0);
    TypoNeighbours switching = new TypoNeighbours(vocabulary, 0, 100);
    int withNeighbours = 0;
    for (int k = 0; k < 3_000; k++) {
      String token = misspell(vocabulary[random.nextInt(vocabulary.length)], random.nextInt(3), random);
      TypoNeighbours.Found expected = indexed.similar(token);
      for (TypoNeighbours other : List.of(scanning, switching)) {
        TypoNeighbours.Found found = other.similar(token);
        assertThat(found.ids()).as("ids for '%s'", token).containsExactly(expected.ids());
        assertThat(found.similarities()).as("similarities for '%s'", token).containsExactly(expected.similarities());
      }
      withNeighbours += expected.ids().length > 0 ? 1 : 0;
    }
    assertThat(withNeighbours).isGreaterThan(1_000);
  }

  @Test
  void keepsAtMostItsBoundOfTokensAndStillAnswersTheRest() {
    Random random = new Random(9);
    String[] vocabulary = vocabulary(random);
    TypoNeighbours neighbours = new TypoNeighbours(vocabulary, 10, 0);
    TypoNeighbours fresh = new TypoNeighbours(vocabulary, 0, 0);
    for (int k = 0; k < 100; k++) {
      String token = misspell(vocabulary[k], 1, random);
      assertThat(neighbours.similar(token).ids()).containsExactly(fresh.similar(token).ids());
    }
    assertThat(neighbours.remembered()).isEqualTo(10);
    assertThat(fresh.remembered()).isZero();
  }

  private static String[] vocabulary(Random random) {
    List<String> words = new ArrayList<>();
    for (int k = 0; k < 2_000; k++) {
      StringBuilder word = new StringBuilder();
      int length = 3 + random.nextInt(10);
      for (int c = 0; c < length; c++) {
        word.append(LETTERS.charAt(random.nextInt(c % 2 == 0 ? 6 : 26))); // near spellings are common
      }
      words.add(word.toString());
      words.add(misspell(word.toString(), 1 + random.nextInt(2), random));
    }
    return words.stream().distinct().toArray(String[]::new);
  }

  private static String misspell(String word, int edits, Random random) {
    StringBuilder w = new StringBuilder(word);
    for (int e = 0; e < edits && w.length() > 1; e++) {
      int at = random.nextInt(w.length());
      char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
      switch (random.nextInt(3)) {
        case 0 -> w.insert(at, letter);
        case 1 -> w.deleteCharAt(at);
        default -> w.setCharAt(at, letter);
      }
    }
    return w.toString();
  }
}
