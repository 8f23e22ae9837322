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
  void givesOneSpellingToTheLettersRussianRomanisationsWriteDifferently() {
    assertThat(Romanisation.commonSpelling("kompaniia")).isEqualTo(Romanisation.commonSpelling("kompaniya"));
    assertThat(Romanisation.commonSpelling("biuro")).isEqualTo(Romanisation.commonSpelling("byuro"));
    assertThat(Romanisation.commonSpelling("rossiiskii")).isEqualTo(Romanisation.commonSpelling("rossiyskiy"));
    assertThat(Romanisation.commonSpelling("voennaia")).isEqualTo(Romanisation.commonSpelling("voyennaya"));
    assertThat(Romanisation.commonSpelling("hikvision")).isEqualTo("hikvision");
  }

  @Test
  void commonSpellingLeavesOtherLettersAlone() {
    assertThat(Romanisation.commonSpelling("oniks")).isNotEqualTo(Romanisation.commonSpelling("onyx"));
    assertThat(Romanisation.commonSpelling("trimiks")).isNotEqualTo(Romanisation.commonSpelling("trimix"));
  }

  @Test
  void keepsDifferentLettersApart() {
    assertThat(Romanisation.key("trimaks")).isNotEqualTo(Romanisation.key("trimix"));
    assertThat(Romanisation.key("chimmed")).isNotEqualTo(Romanisation.key("kimmed"));
    assertThat(Romanisation.key("plazma")).isNotEqualTo(Romanisation.key("plasma"));
  }

  @Test
  void readsRussianSpellingsOfEnglishLoanwordsAsTheEnglishWord() {
    assertThat(Romanisation.key("transkonteyner")).isEqualTo(Romanisation.key("transcontainer"));
    assertThat(Romanisation.key("chipdevays")).isEqualTo(Romanisation.key("chipdevice"));
    assertThat(Romanisation.key("salyut")).isEqualTo(Romanisation.key("salute"));
    assertThat(Romanisation.key("neptun")).isEqualTo(Romanisation.key("neptune"));
    assertThat(Romanisation.key("yuniservis")).isEqualTo(Romanisation.key("uniservice"));
    assertThat(Romanisation.key("nyusfront")).isEqualTo(Romanisation.key("newsfront"));
    assertThat(Romanisation.key("bridzh")).isEqualTo(Romanisation.key("bridge"));
    assertThat(Romanisation.key("spetstekhnotreyd")).isIn(Romanisation.keys("spetstechnotrade"));
    assertThat(Romanisation.key("steyt")).isEqualTo(Romanisation.key("state"));
    assertThat(Romanisation.key("trade")).isNotEqualTo(Romanisation.key("trad"));
    assertThat(Romanisation.key("foton")).isEqualTo(Romanisation.key("photon"));
    assertThat(Romanisation.key("metod")).isEqualTo(Romanisation.key("method"));
    assertThat(Romanisation.key("akva")).isEqualTo(Romanisation.key("aqua"));
    assertThat(Romanisation.key("ekviti")).isEqualTo(Romanisation.key("equity"));
    // ё is mostly written е: "Полет" is "Polyot"
    assertThat(Romanisation.key("polet")).isEqualTo(Romanisation.key("polyot"));
  }

  @Test
  void readsTheAmbiguousChOfListedWordsEachWay() {
    assertThat(Romanisation.keys("chimmed")).contains(Romanisation.key("khimmed"));
    assertThat(Romanisation.keys("echelon")).contains(Romanisation.key("eshelon"));
    assertThat(Romanisation.keys("rostekh")).contains(Romanisation.key("rostec"));
    assertThat(Romanisation.keys("chelyabinsk")).contains(Romanisation.key("chelyabinsk"));
    assertThat(Romanisation.keys("polyot")).containsExactly(Romanisation.key("polyot"));
  }

  @Test
  void keepsLoanwordReadingsFromJoiningOtherWords() {
    // a vowel after й keeps it a consonant: "Lobayev" is not "Lobiev"
    assertThat(Romanisation.key("lobayev")).isNotEqualTo(Romanisation.key("lobiev"));
    assertThat(Romanisation.key("salyut")).isNotEqualTo(Romanisation.key("salt"));
    assertThat(Romanisation.key("neptun")).isNotEqualTo(Romanisation.key("neptuna"));
    assertThat(Romanisation.keys("khimmed")).doesNotContain(Romanisation.key("shimmed"));
    // romanised п-х is "pkh", never "ph"
    assertThat(Romanisation.key("pkhoton")).isNotEqualTo(Romanisation.key("photon"));
  }

  @Test
  void findsCyrillicLettersOnly() {
    assertThat(Romanisation.hasCyrillic("ООО Тримикс")).isTrue();
    assertThat(Romanisation.hasCyrillic("Trimix Ζήτα 华为")).isFalse();
  }
}
