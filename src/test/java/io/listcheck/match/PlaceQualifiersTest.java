package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.ListEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A country or region in one name only, or two different cities, name a national subsidiary, its parent or a sister
 * company: another legal person of the same name, which a screen shows for review and never reports as the listed
 * company itself.
 */
class PlaceQualifiersTest {
  private static final NameMatcher MATCHER = NameMatcher.over(entries(), MatchSettings.DEFAULTS);

  private static List<ListEntry> entries() {
    List<ListEntry> entries = new ArrayList<>(TestLists.entries());
    entries.add(TestLists.entry("deutsche", "Deutsche Bank AG", ""));
    entries.add(TestLists.entry("santander", "Banco Santander México S.A.", ""));
    entries.add(TestLists.entry("faberlic", "FABERLIC EUROPE Sp. z o.o.", ""));
    entries.add(TestLists.entry("missiles", "TACTICAL MISSILES CORPORATION JOYNT STOCK COMPANY", ""));
    entries.add(TestLists.entry("xian", "AVIC Xi'an Aircraft Industry Group Company Ltd.", ""));
    entries.add(TestLists.entry("ashele", "Xinjiang Habahe Ashele Copper Co., Ltd.", ""));
    return entries;
  }

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void reviewsANationalSubsidiaryOfAListedBank() {
    assertThat(verdict("Deutsche Bank (Schweiz) AG", "deutsche")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict("Deutsche Bank Polska S.A.", "deutsche")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict("Deutsche Bank AG", "deutsche")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void reviewsTheParentOfAListedNationalSubsidiary() {
    Hit hit = TestLists.hit(MATCHER, "Banco Santander S.A.", "santander").orElseThrow();
    assertThat(hit.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(hit.rule()).isEqualTo("place");
    assertThat(verdict("faberlic", "faberlic")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict("Faberlic Europe", "faberlic")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aCountryDoesNotMakeAnotherNameASubsidiary() {
    assertThat(verdict("Deutsche Telekom Schweiz AG", "deutsche")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Santander Consumer USA", "santander")).isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void reviewsTheSameNameInAnotherCity() {
    Hit chengdu = TestLists.hit(MATCHER, "AVIC Chengdu Aircraft Industry Group Co., Ltd.", "xian").orElseThrow();
    assertThat(chengdu.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(chengdu.rule()).isEqualTo("place");
    assertThat(verdict("中航西安飞机工业集团股份有限公司", "xian")).isEqualTo(Verdict.MATCH);
    // a place the other name leaves out is the place of registration, and counts little
    assertThat(verdict("AVIC Aircraft Industry Group Co., Ltd.", "xian")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aMisspeltPlaceIsNotAnotherCity() {
    // "Xiniang" is read as the city Xining, two letters from Xinjiang
    assertThat(verdict("Xiniang Habahe Ashele Copper Co., Ltd.", "ashele")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void matchesAMisspeltJointStockCompany() {
    assertThat(verdict("TACTICAL MISSILES CORPORATION JOINT STOCK COMPANY", "missiles")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("JSC Tactical Missiles Corporation", "missiles")).isEqualTo(Verdict.MATCH);
  }
}
