package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An acronym written beside the words it abbreviates in a non-Latin name is set aside; other short words stay. */
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
  void keepsTheAcronymOfALatinName() {
    // the lists print Latin names with their acronym, and a reordered supplier spelling would lose it on one side
    assertThat(normalizer.analyze("Atomic Energy Organization of Iran (AEOI)").tokens()).contains("aeoi");
    assertThat(normalizer.analyze("AL-AQSA LLC").tokens()).contains("al");
  }

  @Test
  void saysWhichAcronymWasSetAside() {
    assertThat(normalizer.analyze("Объединённая судостроительная корпорация, ОСК").transliteration())
        .contains("set aside оск");
  }

  @Test
  void keepsAnAcronymThatAbbreviatesNothingBesideIt() {
    assertThat(normalizer.analyze("АО «ЗНТЦ»").tokens()).containsExactly("jsc", "zntts");
    assertThat(normalizer.analyze("АО «ЗТЕ Корпорация»").tokens()).contains("zte");
    assertThat(normalizer.analyze("СТЦ Специальные Кабели").tokens()).contains("stts");
  }

  @Test
  void foldingAloneKeepsTheAcronym() {
    assertThat(normalizer.fold("Специальный Технологический Центр, СТЦ")).endsWith("stts");
  }

  @Test
  void readsANameWithoutTheAcronymItPrintsInParentheses() {
    assertThat(normalizer.withoutParenthesizedAcronym("National University of Defense Technology (NUDT)").tokens())
        .containsExactly("national", "university", "defense", "technology");
    assertThat(normalizer.withoutParenthesizedAcronym("Beijing University of Aeronautics and Astronautics (BUAA)")
        .transliteration()).isEqualTo("set aside buaa (initials of words beside it)");
  }

  @Test
  void readsANameWithoutAPrintedAcronymThatLeavesOutAWordOrTakesASyllable() {
    assertThat(normalizer.withoutParenthesizedAcronym("China Aerospace Science and Technology Corporation (CASC)")
        .tokens()).doesNotContain("casc");
    assertThat(normalizer.withoutParenthesizedAcronym("TEHRIK-E TALIBAN PAKISTAN (TTP)").tokens())
        .containsExactly("tehrik", "e", "taliban", "pakistan");
    assertThat(normalizer.withoutParenthesizedAcronym("National Engineering and Scientific Commission (NESCOM)")
        .tokens()).doesNotContain("nescom");
    assertThat(normalizer.withoutParenthesizedAcronym("ISLAMIC SECURITY FORCE-INDIAN MUJAHIDEEN (ISF-IM)").tokens())
        .doesNotContain("isf", "im");
  }

  @Test
  void readsANameWithoutAPrintedAcronymAndTheUnitNumberItRepeats() {
    assertThat(normalizer.withoutParenthesizedAcronym(
        "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)").tokens())
        .doesNotContain("cetc").containsOnlyOnce("13");
    assertThat(normalizer.withoutParenthesizedAcronym(
        "China Electronics Technology Group Corporation, 30th Research Institute (CETC-30)").tokens())
        .doesNotContain("cetc").containsOnlyOnce("30");
    // a number the name does not carry otherwise names the unit: the name without it would be the whole group's
    assertThat(normalizer.withoutParenthesizedAcronym("China Electronics Technology Group Corporation (CETC 14)"))
        .isNull();
  }

  @Test
  void keepsAParenthesizedWordThatAbbreviatesNothingBesideIt() {
    assertThat(normalizer.withoutParenthesizedAcronym("IPP OIL PRODUCTS (CYPRUS) LIMITED")).isNull();
    assertThat(normalizer.withoutParenthesizedAcronym("China Mobile (Hong Kong) Limited")).isNull();
    assertThat(normalizer.withoutParenthesizedAcronym("Rosoboronexport OJSC (ROE)")).isNull();
    assertThat(normalizer.withoutParenthesizedAcronym("(NUDT)")).isNull();
    // letters that begin the words only with two words left out, or out of order, are no acronym of them
    assertThat(normalizer.withoutParenthesizedAcronym("Alpha Beta Gamma Delta Epsilon (ADE)")).isNull();
    assertThat(normalizer.withoutParenthesizedAcronym("Tianjin Micro Nano Manufacturing (MNMT)")).isNull();
    assertThat(normalizer.withoutParenthesizedAcronym("Electronic Computing and Information Systems (ELVIS)"))
        .isNull();
  }
}
