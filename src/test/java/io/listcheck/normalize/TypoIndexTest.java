package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TypoIndexTest {
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  @Test
  void findsEveryWordWithinTwoTypingErrors() {
    Random random = new Random(5);
    String[] words = IntStream.range(0, 3_000).mapToObj(k -> word(random, 4 + random.nextInt(10)))
        .toArray(String[]::new);
    TypoIndex index = new TypoIndex(words, w -> true);
    int near = 0;
    for (int k = 0; k < 2_000; k++) {
      String token = misspell(words[random.nextInt(words.length)], random.nextInt(4), random);
      List<Integer> expected = new ArrayList<>();
      for (int id = 0; id < words.length; id++) {
        if (EditDistance.bounded(token, words[id], 2) <= 2) {
          expected.add(id);
        }
      }
      List<Integer> found = IntStream.of(index.candidates(token)).boxed().toList();
      assertThat(found).as("candidates of '%s'", token).containsAll(expected).isSorted().doesNotHaveDuplicates();
      near += expected.size();
    }
    assertThat(near).isGreaterThan(1_000);
  }

  @Test
  void leavesOutWordsItIsNotGiven() {
    TypoIndex index = new TypoIndex(new String[] {"hikvision", "hikvisio", "dahua"}, w -> !w.equals("hikvisio"));
    assertThat(index.candidates("hikvisoin")).containsExactly(0);
    assertThat(index.candidates("zzzzzzzz")).isEmpty();
  }

  private static String word(Random random, int length) {
    StringBuilder w = new StringBuilder();
    for (int k = 0; k < length; k++) {
      w.append(LETTERS.charAt(random.nextInt(k % 2 == 0 ? 6 : 26)));
    }
    return w.toString();
  }

  private static String misspell(String word, int edits, Random random) {
    StringBuilder w = new StringBuilder(word);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(w.length());
      switch (random.nextInt(4)) {
        case 0 -> w.insert(at, LETTERS.charAt(random.nextInt(26)));
        case 1 -> w.deleteCharAt(at);
        case 2 -> w.setCharAt(at, LETTERS.charAt(random.nextInt(26)));
        default -> {
          if (at + 1 < w.length()) {
            char c = w.charAt(at);
            w.setCharAt(at, w.charAt(at + 1));
            w.setCharAt(at + 1, c);
          }
        }
      }
      if (w.length() == 0) {
        w.append('a');
      }
    }
    return w.toString();
  }
}
