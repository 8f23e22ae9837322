package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenOutTest {
  private final NameNormalizer normalizer = new NameNormalizer();

  @Test
  void readsNumbersWrittenOutAsDigits() {
    assertThat(normalizer.analyze("Brigade Forty-Four").tokens()).containsExactly("brigade", "44");
    assertThat(normalizer.analyze("Brigade Fourty-four").tokens()).containsExactly("brigade", "44");
    assertThat(normalizer.analyze("Brigade Forty 4").tokens()).containsExactly("brigade", "44");
    assertThat(normalizer.analyze("Three Percenters").tokens()).containsExactly("3", "percenters");
    assertThat(normalizer.analyze("Twenty First Century Fox").tokens()).containsExactly("20", "first", "century", "fox");
  }

  @Test
  void keepsTwoNumbersWrittenSideBySideApart() {
    // a tens word takes only a following unit: "forty 44" is not 84, "twenty twelve" not 32
    assertThat(normalizer.analyze("Forty 44").tokens()).containsExactly("40", "44");
    assertThat(normalizer.analyze("Twenty Twelve").tokens()).containsExactly("20", "12");
  }

  @Test
  void readsTheUnitedStatesAsUs() {
    assertThat(normalizer.analyze("U.S. Department of State").tokens())
        .isEqualTo(normalizer.analyze("United States Department of State").tokens())
        .isEqualTo(normalizer.analyze("USA Department of State").tokens())
        .containsExactly("us", "department", "state");
    assertThat(normalizer.analyze("United States of America Trading").tokens()).containsExactly("us", "trading");
    assertThat(normalizer.analyze("United Airlines").tokens()).containsExactly("united", "airlines");
  }
}
