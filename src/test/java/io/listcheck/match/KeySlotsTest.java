package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeySlotsTest {
  private static KeySlots over(List<String> keys) {
    return new KeySlots(keys.stream().mapToInt(String::hashCode).toArray(), (key, s) -> keys.get(key).equals(s));
  }

  @Test
  void findsEveryKeyAndNothingElseEvenWhenHashesCollide() {
    // "Aa" and "BB" (and "AaAa", "BBBB", "AaBB") hash alike
    List<String> keys = List.of("Aa", "hikvision", "BB", "AaAa", "BBBB", "", "tplink");
    for (KeySlots slots : List.of(over(keys), new KeySlots(keys.toArray(new String[0]), keys.size()))) {
      for (int k = 0; k < keys.size(); k++) {
        assertThat(slots.find(keys.get(k))).as(keys.get(k)).isEqualTo(k);
      }
      assertThat(slots.find("AaBB")).isEqualTo(-1);
      assertThat(slots.find("dahua")).isEqualTo(-1);
    }
  }

  @Test
  void anEmptySetOfKeysFindsNothing() {
    assertThat(over(List.of()).find("anything")).isEqualTo(-1);
  }

  @Test
  void theHashOfTwoStringsWrittenTogetherComesFromTheirOwnHashes() {
    Random random = new Random(3);
    for (int k = 0; k < 500; k++) {
      String first = word(random);
      String second = word(random);
      assertThat(KeySlots.append(first.hashCode(), second.hashCode(), second.length())).as(first + "|" + second)
          .isEqualTo((first + second).hashCode());
    }
  }

  private static String word(Random random) {
    StringBuilder word = new StringBuilder();
    for (int n = random.nextInt(14); n > 0; n--) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
