package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TokenMatcherTest {
  private static final NameMatcher MATCHER = NameMatcher.over(TestLists.entries(), MatchSettings.DEFAULTS);

  private static Optional<Hit> top(String supplier) {
    List<Hit> hits = MATCHER.match(supplier);
    return hits.isEmpty() ? Optional.empty() : Optional.of(hits.get(0));
  }

  private static void assertVerdict(String supplier, String entryKey, Verdict verdict) {
    Hit hit = MATCHER.match(supplier).stream().filter(h -> h.entry().id().equals("test:" + entryKey)).findFirst()
        .orElseThrow(() -> new AssertionError(supplier + ": no hit on " + entryKey + ", got " + MATCHER.match(supplier)));
    assertThat(hit.verdict()).as(supplier + " -> " + hit.explanation()).isEqualTo(verdict);
  }

  private static void assertClear(String supplier) {
    assertThat(MATCHER.match(supplier)).as(supplier).isEmpty();
  }

  @Test
  void screensDjiUnderItsChineseName() {
    assertVerdict("深圳市大疆创新科技有限公司", "dji", Verdict.MATCH);
  }

  @Test
  void screensDjiUnderSpellingsVendorsUse() {
    assertVerdict("SZ DJI Technology Co Ltd", "dji", Verdict.MATCH);
    assertVerdict("Da Jiang Innovations", "dji", Verdict.MATCH);
    assertVerdict("Dajiang Innovations", "dji", Verdict.MATCH);
    assertVerdict("DJI", "dji", Verdict.MATCH);
  }

  @Test
  void dijEuropeIsReviewedAsAPossibleAffiliate() {
    Hit hit = MATCHER.match("DJI Europe B.V.").get(0);
    assertThat(hit.entry().id()).isEqualTo("test:dji");
    assertThat(hit.verdict()).isEqualTo(Verdict.REVIEW);
  }

  @Test
  void hikvisionUsaIsReviewedWhereTheListingCoversAffiliates() {
    assertVerdict("Hikvision USA Inc", "hikvision-fcc", Verdict.REVIEW);
    // elsewhere a country added to the listed name is a national subsidiary to review, never a match
    assertThat(MATCHER.match("Hikvision USA Inc")).filteredOn(h -> h.entry().id().equals("test:hikvision"))
        .allMatch(h -> h.verdict() == Verdict.REVIEW);
  }

  @Test
  void hikvisonTypoStillMatches() {
    assertVerdict("Hangzhou Hikvison Digital Tech", "hikvision", Verdict.MATCH);
    assertVerdict("HIKVISON", "hikvision", Verdict.MATCH);
  }

  @Test
  void boeingDoesNotHitBoe() {
    assertClear("Boeing");
    assertClear("The Boeing Company");
  }

  @Test
  void boeMatchesOnlyAsAWholeWord() {
    assertVerdict("BOE", "boe", Verdict.MATCH);
    assertVerdict("BOE Technology Group Co Ltd", "boe", Verdict.MATCH);
  }

  @Test
  void pandaExpressIsClear() {
    assertClear("Panda Express");
    assertClear("Panda Restaurant Group Inc");
  }

  @Test
  void lenovoUnitedStatesIsNotAnAffiliateOfUnitedCompany() {
    assertClear("Lenovo (United States) Inc.");
  }

  @Test
  void cyrillicSberbankMatches() {
    assertVerdict("ПАО Сбербанк России", "sberbank", Verdict.MATCH);
    Hit hit = top("ПАО Сбербанк России").orElseThrow();
    assertThat(hit.transliteration()).contains("sberbank");
  }

  @Test
  void cyrillicGazpromMatches() {
    assertVerdict("ПАО «Газпром»", "gazprom", Verdict.MATCH);
  }

  @Test
  void huaweiUnderItsChineseName() {
    assertVerdict("华为技术有限公司", "huawei", Verdict.MATCH);
  }

  @Test
  void joinedAndHyphenatedWordsAreTheSame() {
    assertVerdict("TPLink Technologies", "tplink", Verdict.MATCH);
    assertVerdict("TP Link Technology Co Ltd", "tplink", Verdict.MATCH);
  }

  @Test
  void legalFormsAloneNeverHit() {
    assertClear("Company Limited");
    assertClear("Co., Ltd.");
    assertClear("OOO");
  }

  @Test
  void acronymsDoNotMatchAsPrefixes() {
    assertClear("Cecil Industries");
    assertClear("ZTEK Controls Inc");
    assertClear("CTGroup Holdings");
  }

  @Test
  void genericWordsAloneDoNotHit() {
    assertClear("China Technology Services Inc");
    assertClear("United Technologies Corporation");
  }

  @Test
  void wordOrderDoesNotMatter() {
    assertVerdict("Oil Company Rosneft", "rosneft", Verdict.MATCH);
    assertVerdict("Digital Technology Hikvision Hangzhou", "hikvision", Verdict.MATCH);
  }

  @Test
  void kasperskySubsidiaryIsReviewed() {
    assertVerdict("Kaspersky Lab UK Ltd", "kaspersky", Verdict.REVIEW);
  }

  @Test
  void everyHitExplainsItself() {
    Hit hit = top("Hangzhou Hikvison Digital Tech").orElseThrow();
    assertThat(hit.explanation()).contains("HANGZHOU HIKVISION", "hikvison~hikvision", "score");
    assertThat(hit.alignment()).anySatisfy(t -> {
      assertThat(t.supplierToken()).isEqualTo("hikvison");
      assertThat(t.listedToken()).isEqualTo("hikvision");
      assertThat(t.similarity()).isBetween(0.9, 0.99);
    });
    assertThat(hit.rule()).isEqualTo("score");
  }

  @Test
  void chineseReadingIsExplained() {
    Hit hit = top("深圳市大疆创新科技有限公司").orElseThrow();
    assertThat(hit.transliteration()).contains("科技=technology");
  }

  @Test
  void thresholdsAreConfigurable() {
    NameMatcher strict = NameMatcher.over(TestLists.entries(), new MatchSettings(0.999, 0.99));
    assertThat(strict.match("Hangzhou Hikvison Digital Technology"))
        .noneMatch(h -> h.entry().id().equals("test:hikvision"));
    assertThat(strict.match("HIKVISION")).filteredOn(h -> h.entry().id().equals("test:hikvision"))
        .extracting(Hit::verdict).containsExactly(Verdict.MATCH);
  }

  @Test
  void givesTheSameAnswersFromManyThreads() throws Exception {
    List<String> names = List.of("DJI Europe B.V.", "Hikvison", "ПАО Сбербанк", "Boeing", "华为技术有限公司");
    List<List<Hit>> expected = names.stream().map(MATCHER::match).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new java.util.ArrayList<>();
      for (int r = 0; r < 200; r++) {
        int k = r % names.size();
        runs.add(pool.submit(() -> MATCHER.match(names.get(k)).equals(expected.get(k))));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoTypingErrorsInALongWordStillMatch() {
    assertVerdict("Sbebrnk of Russia", "sberbank", Verdict.MATCH);
  }

  @Test
  void misspeltLegalFormsDoNotCountAgainstTheName() {
    assertVerdict("Public Joint Stock Compnay Gazprom", "gazprom", Verdict.MATCH);
    assertVerdict("ZTE Corportaion", "zte", Verdict.MATCH);
  }

  @Test
  void aLongerWordBuiltOnAListedOneIsAnotherWord() {
    assertClear("Rosneftegaz Trading");
    assertClear("Gazpromia");
  }

  @Test
  void fourLetterWordsMustBeSpelledExactly() {
    assertClear("Avik");
    assertClear("Smik Holdings Inc");
  }

  @Test
  void affiliateRuleNeedsOnlyGenericExtras() {
    assertThat(MATCHER.match("PRI/DJI Reconstruction JV")).noneMatch(h -> h.entry().id().equals("test:dji"));
  }

  @Test
  void chinesePlaceOfRegistrationCountsLittle() {
    assertVerdict("Zhejiang Dahua Technology Co., Ltd.", "dahua", Verdict.MATCH);
    assertVerdict("浙江大华技术股份有限公司", "dahua", Verdict.MATCH);
  }

  @Test
  void aSameNamedCompanyInAnotherCountryIsReviewedNotMatched() {
    Hit hit = MATCHER.match("CoStar Group, Inc.", "US").get(0);
    assertThat(hit.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(hit.rule()).isEqualTo("country");
    assertThat(hit.explanation()).contains("the listing names CN, not the supplier's country (US)");
  }

  @Test
  void theSupplierCountryIsNotedWhenTheListingNamesIt() {
    Hit hit = MATCHER.match("Costar Group Co Ltd", "People's Republic of China").get(0);
    assertThat(hit.verdict()).isEqualTo(Verdict.MATCH);
    assertThat(hit.explanation()).contains("the listing names the supplier's country (CN)");
  }

  @Test
  void anUnknownOrMissingCountryChangesNothing() {
    assertThat(MATCHER.match("CoStar Group, Inc.", "")).isEqualTo(MATCHER.match("CoStar Group, Inc."));
    assertThat(MATCHER.match("CoStar Group, Inc.", "Atlantis")).isEqualTo(MATCHER.match("CoStar Group, Inc."));
  }

  @Test
  void possessivesAreIgnored() {
    assertVerdict("Huawei's Technologies Co", "huawei", Verdict.MATCH);
  }

  @Test
  void eachEntryIsReportedOnceWithItsBestName() {
    List<Hit> hits = MATCHER.match("Hangzhou Hikvision Digital Technology Co Ltd");
    assertThat(hits).extracting(h -> h.entry().id()).doesNotHaveDuplicates();
    assertThat(hits.get(0).score()).isEqualTo(1.0);
  }

  @Test
  void categoriesAreNeverMatched() {
    NameMatcher withCategory = NameMatcher.over(List.of(io.listcheck.model.ListEntry.builder("test", "uas",
        "Uncrewed aircraft systems produced in a foreign country", io.listcheck.model.EntityType.CATEGORY).build()),
        MatchSettings.DEFAULTS);
    assertThat(withCategory.match("Uncrewed aircraft systems")).isEmpty();
  }

  @Test
  void survivesAnyInput() {
    java.util.Random random = new java.util.Random(4L);
    String[] pieces = {"dji", "Hik", "vision", "有限公司", "大疆", "ООО", "Сбер", "-", "'", "?", "&", ".", " ", "1",
        "VIII", "co", "ltd", "a", "ǅ", "𝔘", "\u0000", "x".repeat(80), "technology", "group"};
    for (int i = 0; i < 500; i++) {
      StringBuilder name = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        name.append(pieces[random.nextInt(pieces.length)]);
      }
      List<Hit> hits = MATCHER.match(name.toString());
      assertThat(hits).allSatisfy(h -> assertThat(h.score()).isBetween(0.0, 1.0));
    }
  }

  @Test
  void overlappingTypingErrorsInALongWordAreTwoErrors() {
    // "is" swapped with a letter typed between them: two typing errors, which optimal string alignment counts as three
    assertThat(io.listcheck.normalize.EditDistance.bounded("hikvsaiion", "hikvision", 3)).isEqualTo(3);
    assertVerdict("Hikvsaiion Digital Technology", "hikvision", Verdict.MATCH);
    // three errors are still too many for a nine-letter word
    assertThat(MATCHER.match("Hkvsaiion Digital Technology")).noneMatch(h -> h.entry().id().startsWith("test:hikvision")
        && h.verdict() == Verdict.MATCH);
  }
}
