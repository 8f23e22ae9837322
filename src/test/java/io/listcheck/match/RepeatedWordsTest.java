package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names that repeat a word ("Quantum Optics and Quantum Technologies", "BELAZ ... BELAZ-KHOLDING") against another
 * writing of the same name that says it once, and names that only look repeated.
 */
class RepeatedWordsTest {
  private static final NameMatcher MATCHER = NameMatcher.over(List.of(
      TestLists.entry("quantum", "INTERNATIONAL CENTER FOR QUANTUM OPTICS AND QUANTUM TECHNOLOGIES LIMITED LIABILITY COMPANY",
          ""),
      TestLists.entry("belaz", "OAO BELAZ - UPRAVLYAYUSHCHAYA KOMPANIYA KHOLDINGA BELAZ-KHOLDING", ""),
      TestLists.entry("factory", "SPETSIALIZIROVANNOE OBSHCHESTVO PROEKTNOGO FINANSIROVANIYA FABRIKA PROEKTNOGO"
          + " FINANSIROVANIYA", ""),
      TestLists.entry("avangard", "JSC AVANGARD", ""),
      TestLists.entry("sunsun", "SUN SUN ELECTRONICS", ""),
      TestLists.entry("wagner", "PRIVATE MILITARY COMPANY 'WAGNER'", "", "CHASTNAYA VOENNAYA KOMPANIYA 'VAGNER'")),
      MatchSettings.DEFAULTS);

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void findsANameThatRepeatsAWordUnderAWritingThatSaysItOnce() {
    assertThat(verdict("Общество с Ограниченной Ответственностью «Международный Центр Квантовой Оптики И Квантовых"
        + " Технологий»", "quantum")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ОАО БЕЛАЗ - управляющая компания холдинга БЕЛАЗ-ХОЛДИНГ", "belaz")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Специализированное общество проектного финансирования Фабрика проектного финансирования",
        "factory")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void findsANameGivenTwiceInTheSupplierFile() {
    assertThat(verdict("Акционерное Общество «Авангард» АО «Авангард»", "avangard")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Avangard JSC (Avangard)", "avangard")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void saysWhichWordWasRepeated() {
    Hit hit = TestLists.hit(MATCHER, "Avangard JSC (Avangard)", "avangard").orElseThrow();
    assertThat(hit.explanation()).contains("avangard [name, repeated");
  }

  @Test
  void aWordBesideItsOwnRepetitionIsAnotherName() {
    assertThat(verdict("Sun Electronics", "sunsun")).isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void screensWagnerUnderItsRussianName() {
    assertThat(verdict("Частная военная компания «Вагнер»", "wagner")).isEqualTo(Verdict.MATCH);
  }
}
