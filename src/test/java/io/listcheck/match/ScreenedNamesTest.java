package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenedNamesTest {
  private static final ListEntry PETROPARS = ListEntry.builder("ofac-sdn", "11633", "PETROPARS LTD.", EntityType.ORGANIZATION)
      .alias("PETROPARS LIMITED", AliasKind.AKA).alias("PPL", AliasKind.WEAK_AKA).build();
  private static final ListEntry KATRANGI = ListEntry.builder("ofac-sdn", "24744", "ELECTRONICS KATRANGI TRADING",
          EntityType.ORGANIZATION)
      .alias("KATRANGI ELECTRONICS", AliasKind.AKA).alias("ELECTRONIC SYSTEM GROUP", AliasKind.WEAK_AKA).build();
  /** The Trade.gov CSL's copy of the SDN entry: every alias printed alike, linked to OFAC's entry by its ent_num. */
  private static final ListEntry PETROPARS_IN_CSL = ListEntry.builder("trade-csl", "sdn-11633", "PETROPARS LTD.",
          EntityType.ORGANIZATION)
      .subList("SDN").linkedTo("ofac-sdn:11633").alias("PETROPARS LIMITED", AliasKind.AKA).alias("PPL", AliasKind.AKA)
      .build();

  private static NameMatcher matcherOver(ListEntry... entries) {
    return NameMatcher.over(List.of(entries), MatchSettings.DEFAULTS);
  }

  private static List<String> screened(ListEntry entry, ListEntry... all) {
    List<String> names = new ArrayList<>();
    new ScreenedNames(List.of(all)).forEach(entry, (name, kind) -> names.add(name + " (" + kind + ")"));
    return names;
  }

  @Test
  void screensShortWeakAliasesOnlyOfOrganisationsInCyrillicCountries() {
    assertThat(screened(KATRANGI, KATRANGI)).containsExactly("ELECTRONICS KATRANGI TRADING (primary)",
        "KATRANGI ELECTRONICS (aka)", "ELECTRONIC SYSTEM GROUP (weak-aka)");
    ListEntry stevedoring = ListEntry.builder("ofac-sdn", "47712", "VOSTOCHNAYA STEVEDORING COMPANY LLC",
        EntityType.ORGANIZATION).country("Russia").alias("OOO VSK", AliasKind.WEAK_AKA).build();
    assertThat(screened(stevedoring, stevedoring))
        .containsExactly("VOSTOCHNAYA STEVEDORING COMPANY LLC (primary)", "OOO VSK (weak-aka)");
    assertThat(screened(PETROPARS, PETROPARS)).containsExactly("PETROPARS LTD. (primary)", "PETROPARS LIMITED (aka)");
    ListEntry trafficker = ListEntry.builder("ofac-sdn", "1", "DOE, John", EntityType.INDIVIDUAL)
        .alias("FOX", AliasKind.WEAK_AKA).alias("THE SILVER FOX", AliasKind.WEAK_AKA).build();
    assertThat(screened(trafficker, trafficker)).containsExactly("DOE, John (primary)", "THE SILVER FOX (weak-aka)");
  }

  @Test
  void aConsolidatedCopyKeepsTheWeaknessOfItsLinkedOfacEntry() {
    assertThat(screened(PETROPARS_IN_CSL, PETROPARS, PETROPARS_IN_CSL))
        .containsExactly("PETROPARS LTD. (primary)", "PETROPARS LIMITED (aka)");
    // loaded without OFAC's file, the copy's aliases cannot be told apart
    assertThat(screened(PETROPARS_IN_CSL, PETROPARS_IN_CSL)).contains("PPL (aka)");
  }

  @Test
  void aConsolidatedCopyOfAnEntryOfacNoLongerListsIsNotScreened() {
    // OFAC numbers entries in the order of designation: 11632 is older than OFAC's loaded 11633, yet missing from it
    ListEntry delisted = cslCopy("11632", "AGROPECUARIA EL NILO S.A.");
    // 11634 is newer than OFAC's loaded file: a designation the CSL already has
    ListEntry newer = cslCopy("11634", "NEWLY DESIGNATED TRADING LLC");

    assertThat(screened(delisted, PETROPARS, delisted, newer)).isEmpty();
    assertThat(screened(newer, PETROPARS, delisted, newer)).containsExactly("NEWLY DESIGNATED TRADING LLC (primary)");
    assertThat(screened(PETROPARS_IN_CSL, PETROPARS, PETROPARS_IN_CSL)).contains("PETROPARS LTD. (primary)");
    // without OFAC's own file nothing tells
    assertThat(screened(delisted, delisted)).containsExactly("AGROPECUARIA EL NILO S.A. (primary)");
    // a row of one's own list that refers to an OFAC entry is no copy of it
    ListEntry own = ListEntry.builder("blocked", "acme", "ACME TRADING", EntityType.ORGANIZATION)
        .linkedTo("ofac-sdn:11632").build();
    assertThat(screened(own, PETROPARS, own)).containsExactly("ACME TRADING (primary)");
    assertThat(matcherOver(PETROPARS, delisted).match("Agropecuaria El Nilo S.A.")).isEmpty();
  }

  private static ListEntry cslCopy(String entNum, String name) {
    return ListEntry.builder("trade-csl", "sdn-" + entNum, name, EntityType.ORGANIZATION).subList("SDN")
        .linkedTo("ofac-sdn:" + entNum).build();
  }

  @Test
  void namesToFindLeaveOutWeakAliasesAndDelistedCopies() {
    ScreenedNames screened = new ScreenedNames(List.of(PETROPARS, PETROPARS_IN_CSL, KATRANGI, cslCopy("11632", "X")));

    assertThat(screened.namesToFind(PETROPARS_IN_CSL)).containsExactly("PETROPARS LTD.", "PETROPARS LIMITED");
    assertThat(screened.namesToFind(KATRANGI)).containsExactly("ELECTRONICS KATRANGI TRADING", "KATRANGI ELECTRONICS");
    assertThat(screened.namesToFind(cslCopy("11632", "X"))).isEmpty();
  }

  @Test
  void aSupplierNamedAsAShortWeakAliasInLatinLettersIsClear() {
    assertThat(matcherOver(PETROPARS, PETROPARS_IN_CSL).match("PPL Corp")).isEmpty();
    assertThat(matcherOver(PETROPARS, PETROPARS_IN_CSL).match("Petropars Limited"))
        .extracting(Hit::verdict).containsOnly(Verdict.MATCH);
  }

  @Test
  void aShortWeakAliasIsReviewedForANameWrittenInCyrillicAsTheOrganisationsOwn() {
    ListEntry tula = ListEntry.builder("ofac-sdn", "44032", "JOINT STOCK COMPANY TULA CARTRIDGE WORKS",
        EntityType.ORGANIZATION).country("Russia").alias("AO TPZ", AliasKind.WEAK_AKA).build();

    Hit hit = matcherOver(tula).match("АО «ТПЗ»").get(0);

    assertThat(hit.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(hit.rule()).isEqualTo("weak-alias");
    assertThat(hit.explanation()).contains("screened only for a name written in Cyrillic");
    assertThat(matcherOver(tula).match("AO TPZ")).isEmpty();
  }

  @Test
  void aShortWeakAliasOfAListingOutsideTheCyrillicCountriesIsNotScreened() {
    ListEntry indonesian = ListEntry.builder("ofac-sdn", "18631", "MUJAHIDIN INDONESIA TIMUR", EntityType.ORGANIZATION)
        .country("Indonesia").alias("MIT", AliasKind.WEAK_AKA).build();

    assertThat(screened(indonesian, indonesian)).containsExactly("MUJAHIDIN INDONESIA TIMUR (primary)");
    assertThat(matcherOver(indonesian).match("АО «Корпорация «МИТ»")).isEmpty();
  }

  @Test
  void aHitOnALongWeakAliasIsReviewedAndSaysWhy() {
    Hit hit = matcherOver(KATRANGI).match("Electronic System Group Ltd").get(0);

    assertThat(hit.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(hit.rule()).isEqualTo("weak-alias");
    assertThat(hit.matchedNameKind()).isEqualTo("weak-aka");
    assertThat(hit.explanation()).contains("OFAC marks this alias weak");
  }

  @Test
  void anEntryMatchedUnderAnotherNameStaysAMatchWhenAWeakAliasScoresHigher() {
    ListEntry katrangi = ListEntry.builder("ofac-sdn", "24744", "ELECTRONICS KATRANGI TRADING", EntityType.ORGANIZATION)
        .alias("ELECTRONICS KATRANGI", AliasKind.WEAK_AKA).build();

    Hit hit = matcherOver(katrangi).match("Electronics Katrangi").get(0);

    assertThat(hit.verdict()).isEqualTo(Verdict.MATCH);
    assertThat(hit.matchedName()).isEqualTo("ELECTRONICS KATRANGI TRADING");
    assertThat(hit.score()).isLessThan(1.0);
  }
}
