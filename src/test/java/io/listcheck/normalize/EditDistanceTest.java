package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {
  @Test
  void countsSubstitutionsInsertionsDeletionsAndTranspositions() {
    assertThat(EditDistance.bounded("hikvision", "hikvision", 2)).isZero();
    assertThat(EditDistance.bounded("hikvison", "hikvision", 2)).isEqualTo(1);
    assertThat(EditDistance.bounded("sbebrank", "sberbank", 2)).isEqualTo(1);
    assertThat(EditDistance.bounded("trasnaz", "transgaz", 2)).isEqualTo(2);
  }

  @Test
  void countsAnEditAfterASwapAsOneMoreError() {
    // a swap with a letter added between: two typing errors, which the bounded distance counts as three
    assertThat(EditDistance.bounded("ca", "abc", 3)).isEqualTo(3);
    assertThat(EditDistance.damerau("ca", "abc")).isEqualTo(2);
    assertThat(EditDistance.damerau("seirces", "services")).isEqualTo(2);
    assertThat(EditDistance.damerau("hikvison", "hikvision")).isEqualTo(1);
    assertThat(EditDistance.damerau("panda", "express")).isEqualTo(EditDistance.bounded("panda", "express", 7));
  }

  @Test
  void tellsOneEditWithoutADistanceTable() {
    assertThat(EditDistance.isOneEdit("hikvison", "hikvision")).isTrue(); // left out
    assertThat(EditDistance.isOneEdit("sbebrank", "sberbank")).isTrue(); // swapped
    assertThat(EditDistance.isOneEdit("sberbonk", "sberbank")).isTrue(); // changed
    assertThat(EditDistance.isOneEdit("sberbank", "sberbank")).isFalse();
    assertThat(EditDistance.isOneEdit("trasnaz", "transgaz")).isFalse();
    assertThat(EditDistance.isOneEdit("ab", "ba")).isTrue();
  }

  @Test
  void stopsCountingPastTheBound() {
    assertThat(EditDistance.bounded("boeing", "boe", 1)).isEqualTo(2);
    assertThat(EditDistance.bounded("panda", "express", 2)).isEqualTo(3);
  }

  @Test
  void allowsMoreTyposInLongerWords() {
    assertThat(EditDistance.allowedTypos(4)).isZero();
    assertThat(EditDistance.allowedTypos(5)).isEqualTo(1);
    assertThat(EditDistance.allowedTypos(9)).isEqualTo(2);
  }

  @Test
  void jaroWinklerRewardsSharedPrefixes() {
    assertThat(JaroWinkler.similarity("martha", "marhta")).isBetween(0.96, 0.962);
    assertThat(JaroWinkler.similarity("abc", "xyz")).isZero();
    assertThat(JaroWinkler.similarity("same", "same")).isEqualTo(1.0);
  }

  @Test
  void countsTheLettersTwoWordsBeginWithAlike() {
    assertThat(EditDistance.commonPrefix("sberbank", "sebrbank")).isEqualTo(1);
    assertThat(EditDistance.commonPrefix("people", "peoples")).isEqualTo(6);
    assertThat(EditDistance.commonPrefix("", "dji")).isZero();
  }
}
