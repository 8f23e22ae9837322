package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParentBodyTest {
  @Test
  void takesTheMinistryAnInstitutionBelongsToOffItsName() {
    assertThat(ParentBody.without("ФГБУ «46 ЦНИИ» Минобороны России")).contains("ФГБУ «46 ЦНИИ»");
    assertThat(ParentBody.without("Главное Управление Глубоководных Исследований Министерства Обороны Российской "
        + "Федерации")).contains("Главное Управление Глубоководных Исследований");
  }

  @Test
  void takesTheAcademyOfSciencesAndItsBranchesOff() {
    assertThat(ParentBody.without("Институт катализа СО РАН")).contains("Институт катализа");
    assertThat(ParentBody.without("Институт прикладной математики Российской академии наук»"))
        .contains("Институт прикладной математики");
  }

  @Test
  void findsTheParentAfterAnyRunOfSpacesAndCommas() {
    assertThat(ParentBody.without("Институт катализа" + " ,".repeat(400) + " СО РАН")).contains("Институт катализа");
    assertThat(ParentBody.without("Институт" + " ".repeat(900) + "катализа")).isEmpty();
  }

  @Test
  void leavesANameWithoutAParentBodyAlone() {
    assertThat(ParentBody.without("АО «Ран»")).isEmpty(); // the company's own name, in quotes
    assertThat(ParentBody.without("ООО «Минобороны Трейд»")).isEmpty(); // not at the end
    assertThat(ParentBody.without("Минобороны России")).isEmpty(); // nothing else
  }
}
