package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanisationTest {
  @Test
  void givesOneKeyToTheRomanisationsOfOneWord() {
    assertThat(Romanisation.key("trimiks")).isEqualTo(Romanisation.key("trimix"));
    assertThat(Romanisation.key("eyrburg")).isEqualTo(Romanisation.key("eirburg")).isEqualTo(Romanisation.key("ejrburg"));
    assertThat(Romanisation.key("ostek")).isEqualTo(Romanisation.key("ostec"));
    assertThat(Romanisation.key("promoyl")).isEqualTo(Romanisation.key("promoil"));
    assertThat(Romanisation.key("luch")).isEqualTo(Romanisation.key("lutch"));
    assertThat(Romanisation.key("lobayev")).isEqualTo(Romanisation.key("lobaev"));
    assertThat(Romanisation.key("mikhail")).isEqualTo(Romanisation.key("mihail"));
    assertThat(Romanisation.key("yenisey")).isEqualTo(Romanisation.key("enisei"));
  }

  @Test
  void keepsDifferentLettersApart() {
    assertThat(Romanisation.key("trimaks")).isNotEqualTo(Romanisation.key("trimix"));
    assertThat(Romanisation.key("chimmed")).isNotEqualTo(Romanisation.key("kimmed"));
    assertThat(Romanisation.key("plazma")).isNotEqualTo(Romanisation.key("plasma"));
  }

  @Test
  void findsCyrillicLettersOnly() {
    assertThat(Romanisation.hasCyrillic("ООО Тримикс")).isTrue();
    assertThat(Romanisation.hasCyrillic("Trimix Ζήτα 华为")).isFalse();
  }
}
