package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BusinessWordsTest {
  @Test
  void correctsMisspeltLegalAndBusinessWords() {
    assertThat(BusinessWords.corrected("compnay")).isEqualTo("company");
    assertThat(BusinessWords.corrected("liabilty")).isEqualTo("liability");
    assertThat(BusinessWords.corrected("cpproration")).isEqualTo("corporation");
    assertThat(BusinessWords.corrected("compan")).isEqualTo("company");
  }

  @Test
  void neverCorrectsTheIdentifyingPartOfAName() {
    assertThat(BusinessWords.corrected("hikvision")).isEqualTo("hikvision");
    assertThat(BusinessWords.corrected("jiang")).isEqualTo("jiang");
    assertThat(BusinessWords.corrected("macrosoft")).isEqualTo("macrosoft");
    assertThat(BusinessWords.corrected("dji")).isEqualTo("dji");
  }

  @Test
  void shortNamesAreNotReadAsBusinessWords() {
    assertThat(BusinessWords.corrected("intest")).isEqualTo("intest");
    assertThat(BusinessWords.corrected("shock")).isEqualTo("shock");
    assertThat(BusinessWords.corrected("tanger")).isEqualTo("tanger");
    assertThat(BusinessWords.corrected("otkritie")).isEqualTo("otkritie");
    assertThat(BusinessWords.corrected("compay")).isEqualTo("company");
    assertThat(BusinessWords.corrected("gropu")).isEqualTo("group");
  }

  @Test
  void wordsUnderTenLettersTwoTypingErrorsFromABusinessWordAreOtherWords() {
    assertThat(BusinessWords.corrected("interfast")).isEqualTo("interfast");
    assertThat(BusinessWords.corrected("liaabilty")).isEqualTo("liaabilty");
    assertThat(BusinessWords.corrected("cpproration")).isEqualTo("corporation");
  }

  @Test
  void aBusinessWordIsNeverReadAsAnotherTwoLettersAway() {
    assertThat(BusinessWords.corrected("cooperation")).isEqualTo("cooperation");
    assertThat(BusinessWords.corrected("transformation")).isEqualTo("transformation");
    assertThat(BusinessWords.corrected("informatics")).isEqualTo("informatics");
    assertThat(BusinessWords.corrected("cooperatoin")).isEqualTo("cooperation");
  }

  @Test
  void readsAMisspellingAsTheWordFewestTypingErrorsAway() {
    assertThat(BusinessWords.corrected("coporation")).isEqualTo("corporation");
    assertThat(BusinessWords.corrected("coopration")).isEqualTo("cooperation");
  }

  @Test
  void knowsGenericWordsAndVariants() {
    assertThat(BusinessWords.canonical("technologies")).isEqualTo("technology");
    assertThat(BusinessWords.canonical("intl")).isEqualTo("international");
    assertThat(BusinessWords.canonical("automatics")).isEqualTo("automation");
    assertThat(BusinessWords.isGeneric("shenzhen")).isTrue();
    assertThat(BusinessWords.isGeneric("united")).isTrue();
    assertThat(BusinessWords.isGeneric("hikvision")).isFalse();
  }

  @Test
  void legalFormWordsOutsideAWholeFormStayLegalForms() {
    assertThat(LegalForms.isLegalFormWord("obshchestvo")).isTrue();
    assertThat(LegalForms.isLegalFormWord("public")).isFalse();
    assertThat(LegalForms.isLegalFormWord("capital")).isFalse();
  }
}
