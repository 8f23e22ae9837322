package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.ListEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A misspelling of a listed word that the normalizer reads as another word meets the word as the list writes it. */
class WrittenFormsTest {
  private static final List<ListEntry> ENTRIES = List.of(
      TestLists.entry("fundacion", "FUNDACION PARA LA PAZ DE CORDOBA", ""),
      TestLists.entry("bakeries", "AL-HAMATI SWEETS BAKERIES", ""),
      TestLists.entry("zurmat", "Zurmat Group of Companies", ""),
      TestLists.entry("vertolety", "VERTOLETY ROSSII AO", ""),
      TestLists.entry("petro", "PETRO GREEN", ""),
      TestLists.entry("transcor", "TRANSCOR LTD", ""),
      TestLists.entry("putoranskaya", "LIMITED LIABILITY COMPANY PUTORANSKAYA GORNAYA KOMPANIYA", ""),
      TestLists.entry("tambov", "TAMBOVSKII POROKHOVOI ZAVOD", ""),
      TestLists.entry("electonics", "Incorporated Electonics Systems", ""));
  private static final NameMatcher MATCHER = NameMatcher.over(ENTRIES, MatchSettings.DEFAULTS);

  @Test
  void aMisspeltSpanishBusinessWordMatchesTheListedWordAsWritten() {
    // "fundacion" is read as "fund"; "fuddacion" is no word the normalizer knows
    assertThat(TestLists.verdict(MATCHER, "Fuddacion para la Paz de Cordoba", "fundacion")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aMisspeltWordTheNormalizerCorrectedElsewhereMatchesAsWritten() {
    // "bakeries" is a generic word of its own, no longer corrected to "batteries"; "bakeires" swaps two of its letters
    assertThat(TestLists.verdict(MATCHER, "Al-Hamati Sweets Bakeires", "bakeries")).isEqualTo(Verdict.MATCH);
    // the listed "companies" is read as the legal form "co"; a misspelt one is not a name word of its own
    assertThat(TestLists.verdict(MATCHER, "Zurmat Group of Comppanies", "zurmat")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aMisspeltRussianWordMatchesTheTransliterationAsWritten() {
    // "vertolety" is read as "helicopter"
    assertThat(TestLists.verdict(MATCHER, "Vertoelty Rossii AO", "vertolety")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aWordAfterALegalFormKeepsItsWrittenForm() {
    // "company" alone reads as "co", as "kompaniya" does later; it is part of "llc" here, so "putoranskaya" (read as
    // the place "putoransk") is still known as written
    assertThat(TestLists.verdict(MATCHER, "Limited Liability Company Putoranskyaa Gornaya Kompaniya", "putoranskaya"))
        .isEqualTo(Verdict.MATCH);
  }

  @Test
  void aMisspellingTheNormalizerAlsoRewroteIsComparedAsTheSupplierWroteIt() {
    // both adjectives lose their ending ("tambov", "tamboovsk"), which leaves them further apart than as written
    Hit hit = MATCHER.match("Tamboovskii Porokhovoi Zavod").get(0);
    assertThat(hit.entry().id()).isEqualTo("test:tambov");
    assertThat(hit.verdict()).isEqualTo(Verdict.MATCH);
    assertThat(hit.explanation()).contains("tamboovskii~tambovskii");
  }

  @Test
  void theExplanationSaysHowTheListedNameWasReadBeforeCallingItTheSameName() {
    Hit hit = TestLists.hit(MATCHER, "Incorporated Electronics Systems", "electonics").orElseThrow();
    assertThat(hit.explanation()).contains("'Incorporated Electonics Systems' (listed name: read as business words:"
        + " electonics as electronics)", "set aside and words read as above: score 1.00");
    // spelt as listed, the supplier's name is read the same way, and that is said once
    Hit asListed = TestLists.hit(MATCHER, "Incorporated Electonics Systems", "electonics").orElseThrow();
    assertThat(asListed.explanation()).doesNotContain("listed name:")
        .contains("read as business words: electonics as electronics");
  }

  @Test
  void theExplanationShowsTheListedWordAsWritten() {
    Hit hit = MATCHER.match("Fuddacion para la Paz de Cordoba").get(0);
    assertThat(hit.explanation()).contains("fuddacion~fundacion");
  }

  @Test
  void aWrittenWordKeepsTheRulesForUncertainTypos() {
    // "transcor" is corrected to "transport"; two swapped letters are surely a typo, while "Transcar" (a distant key)
    // is as likely another company: at most a review (here clear, as "transport" is no distinctive word)
    assertThat(TestLists.verdict(MATCHER, "Trnascor Ltd", "transcor")).isEqualTo(Verdict.MATCH);
    assertThat(TestLists.verdict(MATCHER, "Transcar Ltd", "transcor")).isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void aFourLetterWordIsNeverAMisspeltWrittenWord() {
    // "petro" is read as "petroleum"; "Peto" is a word of its own
    assertThat(TestLists.verdict(MATCHER, "Peto Green", "petro")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void aWordTheListsUseIsNotComparedWithWrittenForms() {
    // "fundicion" (a foundry) is a listed word here, so it stands for itself, not for a misspelt "fundacion"
    NameMatcher matcher = NameMatcher.over(List.of(ENTRIES.get(0),
        TestLists.entry("foundry", "FUNDICION DEL NORTE", "")), MatchSettings.DEFAULTS);
    assertThat(TestLists.verdict(matcher, "Fundicion Cordoba", "fundacion")).isEqualTo(Verdict.CLEAR);
  }
}
