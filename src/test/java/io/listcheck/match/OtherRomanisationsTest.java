package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian names romanised by one system against listings romanised by another: the lists mostly follow BGN/PCGN
 * ("KOMPANIYA", "BYURO") but also print ALA-LC and passport spellings ("KOMPANIIA", "OTVETSTVENNOSTIU"), and vendor
 * masters use any of them.
 */
class OtherRomanisationsTest {
  private static final NameMatcher MATCHER = NameMatcher.over(List.of(
      TestLists.entry("khartiya", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU KHARTIYA", ""),
      TestLists.entry("yupiter", "ZAO ZAVOD YUPITER", ""),
      TestLists.entry("alians", "OOO KOMPANIIA ALIANS", ""),
      ListEntry.builder("test", "biryukov", "Yevgeniy L Biryukov", EntityType.INDIVIDUAL).build(),
      TestLists.entry("evegniy", "EVEGNIY TRADING", ""),
      TestLists.entry("onyx", "ONYX", "")),
      MatchSettings.DEFAULTS);

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void screensAPassportRomanisationAgainstItsBgnListing() {
    assertThat(verdict("OOO Khartiia", "khartiya")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ZAO Zavod Iupiter", "yupiter")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void screensABgnRomanisationAgainstAListingInAnotherSystem() {
    assertThat(verdict("Kompaniya Alyans LLC", "alians")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void saysWhichWordWasReadUnderAnotherRomanisation() {
    Hit hit = TestLists.hit(MATCHER, "OOO Khartiia", "khartiya").orElseThrow();
    assertThat(hit.explanation()).contains("khartiia~khartiya (romanisation)");
  }

  @Test
  void keepsTheTypoReadingOfAWordAnotherRomanisationWouldRespell() {
    // "yevegniiy" is "evegniy" under another romanisation, and a typo of "Yevgeniy": both readings are screened
    assertThat(verdict("Yevegniiy L Biryukov", "biryukov")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void leavesOtherLettersOfLatinBrandsApart() {
    assertThat(verdict("Oniks Ltd", "onyx")).isEqualTo(Verdict.CLEAR);
  }
}
