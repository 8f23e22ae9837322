package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cases from the false alerts on real clean company names (docs/quality.md section 3), each with the listing it must
 * still find, so that precision is never bought with recall.
 */
class FalseAlertTest {
  private static final NameMatcher MATCHER = NameMatcher.over(entries(), MatchSettings.DEFAULTS);

  private static List<ListEntry> entries() {
    List<ListEntry> entries = new ArrayList<>(TestLists.entries());
    entries.add(ListEntry.builder("test", "dover", "DOVER", EntityType.VESSEL).build());
    entries.add(ListEntry.builder("test", "amber", "AMBER", EntityType.AIRCRAFT).build());
    entries.add(TestLists.entry("fortune", "FORTUNE", ""));
    entries.add(TestLists.entry("experian", "Experian Holdings, Inc.", ""));
    entries.add(TestLists.entry("teleport", "TELEPORT COMPANY SAL", ""));
    entries.add(TestLists.entry("sonatec", "SONATEC LIMITED LIABILITY COMPANY", ""));
    entries.add(TestLists.entry("se", "SE", "", "SPECIAL ELECTRONICS"));
    entries.add(ListEntry.builder("test", "william-ali", "William Ali", EntityType.INDIVIDUAL).build());
    entries.add(TestLists.entry("aerospace", "Aerospace Precision Products Co., Ltd.", ""));
    entries.add(TestLists.entry("mecatech", "Mecatech (Private) Limited", ""));
    entries.add(TestLists.entry("peoples", "KOREAN PEOPLE'S ARMY", ""));
    entries.add(TestLists.entry("helios", "HELIOS", ""));
    entries.add(TestLists.entry("gsk", "GSK ADVANCE COMPANY LTD", ""));
    entries.add(TestLists.entry("target", "TARGET ELECTRONICS", ""));
    entries.add(TestLists.entry("united-african", "UNITED AFRICAN AIRLINES", ""));
    entries.add(TestLists.entry("abtronics", "Abtronics", ""));
    entries.add(TestLists.entry("magtech", "Magtech", ""));
    entries.add(TestLists.entry("transmart", "TRANSMART AG", ""));
    entries.add(TestLists.entry("petropars", "PETROPARS LTD.", ""));
    entries.add(TestLists.entry("sberbank", "JOINT STOCK COMPANY SBERBANK", ""));
    entries.add(TestLists.entry("intercom", "Intercom Ltd.", ""));
    entries.add(TestLists.entry("african-resource", "AFRICAN RESOURCE CORPORATION", ""));
    entries.add(TestLists.entry("sentinels", "THE SENTINELS", ""));
    entries.add(TestLists.entry("rutarget", "LIMITED LIABILITY COMPANY RUTARGET", ""));
    entries.add(TestLists.entry("interpal", "INTERPAL", ""));
    entries.add(TestLists.entry("agricultural", "Agricultural Bank of China Limited", ""));
    entries.add(TestLists.entry("systems", "AK SYSTEMS", ""));
    entries.add(TestLists.entry("inspur", "Inspur Group Co., Ltd.", ""));
    entries.add(TestLists.entry("terra", "JOINT STOCK COMPANY TERRA TECH", ""));
    entries.add(TestLists.entry("catec", "CATEC", ""));
    entries.add(TestLists.entry("lukoil", "LUKOIL OAO", ""));
    entries.add(TestLists.entry("lords", "LORD'S RESISTANCE ARMY", ""));
    entries.add(TestLists.entry("kings", "KING’S", ""));
    entries.add(TestLists.entry("star", "STAR INTERNATIONAL LTD", ""));
    entries.add(TestLists.entry("des", "DES INTERNATIONAL CO., LTD.", ""));
    entries.add(TestLists.entry("center", "LLC Center", ""));
    entries.add(TestLists.entry("batteries", "Lanka Batteries Ltd", ""));
    entries.add(TestLists.entry("informatics", "INFORMATICS SERVICES CORPORATION", ""));
    entries.add(TestLists.entry("disney", "Walt Disney Company", ""));
    entries.add(TestLists.entry("autel", "Autel Robotics", ""));
    entries.add(ListEntry.builder("test", "li-yi", "LI, Yi", EntityType.INDIVIDUAL)
        .alias("Yi LI", AliasKind.AKA).build());
    entries.add(ListEntry.builder("test", "said", "IZZ-AL-DIN, Hasan", EntityType.INDIVIDUAL)
        .alias("SA-ID", AliasKind.AKA).build());
    return entries;
  }

  private static boolean hits(String supplier, String entryKey) {
    return MATCHER.match(supplier).stream().anyMatch(h -> h.entry().id().equals("test:" + entryKey));
  }

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void aBrandNearABusinessWordIsNotThatWord() {
    assertThat(hits("INTERFAST", "des")).isFalse();
    assertThat(hits("Cenntro Inc.", "center")).isFalse();
    assertThat(verdict("Center LLC", "center")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Des Intl Co Ltd", "des")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aMisspellingReadAsABusinessWordIsNamedInTheExplanation() {
    Hit bateries = TestLists.hit(MATCHER, "Lanka Bateries Ltd", "batteries").orElseThrow();
    assertThat(bateries.verdict()).isEqualTo(Verdict.MATCH);
    assertThat(bateries.explanation()).contains("read as business words: bateries as batteries");
  }

  @Test
  void aBusinessWordTwoLettersFromAnotherIsAnotherWord() {
    assertThat(verdict("Information Services Group Inc.", "informatics")).isNotEqualTo(Verdict.MATCH);
    assertThat(hits("Lanka Bakeries Ltd", "batteries")).isFalse();
    assertThat(verdict("Informatics Services Corp", "informatics")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aPersonsNameHoldsNoLegalForm() {
    assertThat(hits("I & D SARL", "said")).isFalse();
    assertThat(verdict("Sa-Id", "said")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void vesselNamesDoNotMatchCompanies() {
    assertThat(hits("DOVER", "dover")).isFalse();
    assertThat(hits("Amber Road, Inc.", "amber")).isFalse();
  }

  @Test
  void doverCorpIsClearAgainstTheVesselDover() {
    assertThat(MATCHER.match("Dover Corp")).isEmpty();
  }

  @Test
  void fortinetIsNotFortune() {
    assertThat(hits("Fortinet, Inc.", "fortune")).isFalse();
    assertThat(verdict("Fortune", "fortune")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void expediaIsNotExperian() {
    assertThat(hits("Expedia Group, Inc.", "experian")).isFalse();
    assertThat(verdict("Experain Holdings Inc", "experian")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void telenorIsNotTeleport() {
    assertThat(hits("TELENOR ASA", "teleport")).isFalse();
    assertThat(verdict("Telepotr Company SAL", "teleport")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aDifferentLastLetterIsAnotherBrand() {
    assertThat(hits("SONATEL", "sonatec")).isFalse();
    assertThat(verdict("Sonatec LLC", "sonatec")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aFinalIOrYIsOneEnding() {
    assertThat(verdict("The Walt Disnei Company", "disney")).isEqualTo(Verdict.MATCH);
    assertThat(hits("Walt Disnex Company", "disney")).isFalse();
  }

  @Test
  void aChineseLegalNameMayAddTheTradeItMustName() {
    // 智能航空技术 (intelligent aviation technology) is the trade a Chinese legal name must carry
    assertThat(hits("深圳市道通智能航空技术股份有限公司", "autel")).isTrue();
    // in English, generic words added are another company's name ("Helios Technologies")
    assertThat(hits("Autel Aviation Technology Co., Ltd.", "autel")).isFalse();
  }

  @Test
  void aPlaceOrTradeBesideAPersonsNameCountsInFull() {
    assertThat(verdict("伊利", "li-yi")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("伊利实业集团", "li-yi")).isNotEqualTo(Verdict.MATCH);
    assertThat(hits("内蒙古伊利实业集团股份有限公司", "li-yi")).isFalse();
  }

  @Test
  void stillMatchesHikvisonTypo() {
    assertThat(verdict("HIKVISON", "hikvision")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Hangzhou Hikvisoin Digital Technology", "hikvision")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aPluralOrPossessiveIsTheSameWord() {
    assertThat(verdict("Korean Peoples Army", "peoples")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void namesOfLegalFormsOnlyHitNothing() {
    assertThat(hits("OAO", "se")).isFalse();
    assertThat(hits("JOINT Corp", "se")).isFalse();
    assertThat(hits("On Holding AG", "se")).isFalse();
    assertThat(verdict("Special Electronics", "se")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("S.E.", "se")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aPersonNeedsEveryPartOfTheName() {
    assertThat(hits("Williams Companies, Inc.", "william-ali")).isFalse();
    assertThat(verdict("William Ali", "william-ali")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Ali, William", "william-ali")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void commonWordsAloneAreNotReviewed() {
    assertThat(hits("PRECISION AEROSPACE", "aerospace")).isFalse();
    assertThat(verdict("Aerospace Precision Products Co Ltd", "aerospace")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void privateLtdIsALegalForm() {
    assertThat(verdict("Mecatech (Private) Ltd", "mecatech")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void genericWordsAddedToAListedNameAreNotReviewed() {
    assertThat(hits("HELIOS TECHNOLOGIES, INC.", "helios")).isFalse();
    assertThat(verdict("Helios LLC", "helios")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aListedWordTheSupplierNameLacksIsNotReviewed() {
    assertThat(hits("GSK plc", "gsk")).isFalse();
    assertThat(hits("TARGET CORP", "target")).isFalse();
    assertThat(hits("United Airlines Holdings, Inc.", "united-african")).isFalse();
    assertThat(verdict("GSK Advance Co., Ltd.", "gsk")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Target Electronics Inc", "target")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("United African Airlines Ltd", "united-african")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aDistantKeyInTheOnlyIdentifyingWordIsReviewedNotMatched() {
    assertThat(verdict("ASTRONICS CORP", "abtronics")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict("Mantech", "magtech")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict("Abtronics Inc", "abtronics")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void typingErrorsInTheOnlyIdentifyingWordStillMatch() {
    assertThat(verdict("Abtornics", "abtronics")).isEqualTo(Verdict.MATCH); // two letters swapped
    assertThat(verdict("Magtecch", "magtech")).isEqualTo(Verdict.MATCH); // a letter doubled
    assertThat(verdict("Abtrinics", "abtronics")).isEqualTo(Verdict.MATCH); // a neighbouring key
  }

  @Test
  void twoCertainTypingErrorsInALongWordMatchWhereverJaroWinklerPutsThem() {
    // two letters swapped and a neighbouring key: Jaro-Winkler 0.75, under its floor
    assertThat(verdict("JOINT STOCK COMPANY SEBRNANK", "sberbank")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("JOINT STOCK COMPANY SBERBNAK", "sberbank")).isEqualTo(Verdict.MATCH);
    // two letters swapped and a distant key: another name as often as a typo
    assertThat(verdict("JOINT STOCK COMPANY SEBRTANK", "sberbank")).isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void twoErrorsWithADistantKeyInAShortWordAreNoMatch() {
    assertThat(verdict("TRANSCAT INC", "transmart")).isNotEqualTo(Verdict.MATCH); // a letter added, c for m
    assertThat(verdict("PetroGas Co", "petropars")).isNotEqualTo(Verdict.MATCH); // a letter added, g for p
    assertThat(verdict("Transmrat AG", "transmart")).isEqualTo(Verdict.MATCH); // two letters swapped
    assertThat(verdict("Trannsmatr", "transmart")).isEqualTo(Verdict.MATCH); // a letter doubled, two swapped
    assertThat(verdict("Petroapes Ltd", "petropars")).isEqualTo(Verdict.MATCH); // a neighbouring key, two swapped
  }

  @Test
  void twoLettersSwappedInAShortWordStillMatch() {
    assertThat(verdict("Insupr Group Co., Ltd.", "inspur")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("LUKIOL", "lukoil")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void anotherLetterInAShortWordIsNoMatch() {
    assertThat(verdict("TETRA TECH INC", "terra")).isNotEqualTo(Verdict.MATCH); // a neighbouring key, another company
    assertThat(verdict("CAREC", "catec")).isNotEqualTo(Verdict.MATCH);
    assertThat(verdict("Insper Group Co., Ltd.", "inspur")).isNotEqualTo(Verdict.MATCH); // a vowel changed
  }

  @Test
  void aListedPossessiveWrittenWithoutItsApostropheMatches() {
    assertThat(verdict("lords resistance army", "lords")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Kings", "kings")).isEqualTo(Verdict.MATCH); // found with no other word to lead to it
  }

  @Test
  void aPluralOfAShortListedWordIsNoPossessive() {
    assertThat(verdict("Stars International Inc", "star")).isNotEqualTo(Verdict.MATCH);
    assertThat(verdict("Lord Resistance Army", "lords")).isEqualTo(Verdict.MATCH); // the listed spelling, read alike
  }

  @Test
  void aLetterLeftOutOfAShortWordIsReviewedNotMatched() {
    assertThat(verdict("INTECOM", "intercom")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict("Intercom Limited", "intercom")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void twoDifferentDictionaryWordsAreNeverATypo() {
    assertThat(hits("American Resources Corp", "african-resource")).isFalse();
    assertThat(verdict("African Resources Corp", "african-resource")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Agriculture Bank of China", "agricultural")).isEqualTo(Verdict.MATCH); // one word, two forms
  }

  @Test
  void aPluralAloneIsAnotherName() {
    assertThat(verdict("Sentinel Holdings Ltd.", "sentinels")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict("The Sentinels Group", "sentinels")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Korean Peoples Army", "peoples")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aMisspeltLegalFormWordCountsAsALegalForm() {
    assertThat(verdict("LIMITED LIAABILTY COMPANY RUTARGET", "rutarget")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Rutarget Grop", "rutarget")).isEqualTo(Verdict.MATCH);
    assertThat(hits("Rutargex Holdings", "rutarget")).isFalse(); // a changed last letter is another name
  }

  @Test
  void twoChangedLettersDoNotTurnANameIntoABusinessWord() {
    assertThat(hits("International Inc.", "interpal")).isFalse();
    assertThat(hits("INTELSAT", "interpal")).isFalse();
    assertThat(verdict("Interpal", "interpal")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aWordWithDigitsIsNeverCorrected() {
    assertThat(hits("System1, Inc.", "systems")).isFalse();
    assertThat(verdict("AK Systems JSC", "systems")).isEqualTo(Verdict.MATCH);
  }
}
