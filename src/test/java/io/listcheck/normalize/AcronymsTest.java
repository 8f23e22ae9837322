package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An acronym written beside the words it abbreviates is set aside, in any script; other short words stay. */
class AcronymsTest {
  private final NameNormalizer normalizer = new NameNormalizer();

  @Test
  void setsAsideACyrillicAcronymBesideItsWords() {
    assertThat(normalizer.analyze("Специальный Технологический Центр – ООО «СТЦ»").tokens())
        .containsExactly("special", "technology", "center", "llc");
    assertThat(normalizer.analyze("АО «Корпорация Тактическое Ракетное Вооружение», КТРВ").tokens())
        .doesNotContain("ktrv");
    // an acronym skips the prepositions of the words it abbreviates
    assertThat(normalizer.analyze("Конструкторское бюро по проектированию судов, КБПС").tokens())
        .doesNotContain("kbps");
  }

  @Test
  void setsAsideALatinAcronymBesideItsWords() {
    assertThat(normalizer.analyze("Special Technology Center (STC)").tokens())
        .containsExactly("special", "technology", "center");
  }

  @Test
  void saysWhichAcronymWasSetAside() {
    assertThat(normalizer.analyze("Special Technology Center (STC)").transliteration())
        .contains("set aside stc");
  }

  @Test
  void keepsAnAcronymThatAbbreviatesNothingBesideIt() {
    assertThat(normalizer.analyze("АО «ЗНТЦ»").tokens()).containsExactly("jsc", "zntts");
    assertThat(normalizer.analyze("ZTE Corporation").tokens()).contains("zte");
    assertThat(normalizer.analyze("STC Special Cables").tokens()).contains("stc");
  }

  @Test
  void foldingAloneKeepsTheAcronym() {
    assertThat(normalizer.fold("Special Technology Center (STC)")).isEqualTo("special technology center stc");
  }
}
