package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BranchPartsTest {
  @Test
  void splitsARussianBranchFromTheCompanyItBelongsTo() {
    assertThat(BranchParts.of("Нижегородский Авиастроительный Завод «Сокол» – Филиал АО «РСК «МиГ»"))
        .containsExactly("нижегородский авиастроительный завод «сокол»", "ао «рск «миг»");
    assertThat(BranchParts.of("Филиал ПАО «Яковлев» — Иркутский Авиационный Завод"))
        .containsExactly("пао «яковлев»", "иркутский авиационный завод");
    assertThat(BranchParts.of("ФЛ «СРЗ «Нерпа» - АО «ЦС «Звёздочка»"))
        .containsExactly("«срз «нерпа»", "ао «цс «звёздочка»");
  }

  @Test
  void leavesNamesWithoutABranchWordOrADashWhole() {
    assertThat(BranchParts.of("ООО «Сокол» – Торговый Дом")).isEmpty();
    assertThat(BranchParts.of("Новосибирский Филиал Института Физики Полупроводников")).isEmpty();
    // a hyphen inside a word is no dash between parts, and "фл" inside a word is no branch word
    assertThat(BranchParts.of("Филиал АО «Гранит-Электрон»")).isEmpty();
    assertThat(BranchParts.of("ООО «Флагман» – Москва")).isEmpty();
  }
}
