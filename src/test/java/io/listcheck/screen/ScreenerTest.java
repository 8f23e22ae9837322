package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.TestData;
import io.listcheck.match.Hit;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.match.Verdict;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.store.EntryFingerprint;
import io.listcheck.store.SnapshotDiff;
import io.listcheck.suppress.Suppression;
import io.listcheck.suppress.Suppressions;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenerTest {
  private static final MatchSettings SETTINGS = MatchSettings.DEFAULTS;
  private static final LocalDate TODAY = LocalDate.parse("2026-11-21");
  private final List<ListEntry> entries = List.of(TestData.acme(), TestData.zenith());
  private final Screener screener = new Screener(NameMatcher.over(entries, SETTINGS));

  private static SupplierRecord supplier(String name, String country) {
    return new SupplierRecord(1, 2, name, "V-1", country);
  }

  private double scoreOf(Screener s, String name, String country) {
    return s.screen(supplier(name, country)).hits().get(0).score();
  }

  @Test
  void countryAgreementRaisesAndConflictLowersTheScoreWithTheReasonShown() {
    double plain = scoreOf(screener, "Zenith Drone Systems Trading", "");
    ScreeningResult agrees = screener.screen(supplier("Zenith Drone Systems Trading", "CN"));
    ScreeningResult conflicts = screener.screen(supplier("Zenith Drone Systems Trading", "Germany"));
    assertThat(agrees.hits().get(0).score()).isEqualTo(Math.round((plain + 0.03) * 1000) / 1000.0);
    assertThat(conflicts.hits().get(0).score()).isEqualTo(Math.round((plain - 0.03) * 1000) / 1000.0);
    assertThat(agrees.hits().get(0).explanation()).contains("the listing names the supplier's country (CN): score +0.03");
    assertThat(conflicts.hits().get(0).explanation()).contains("the listing names CN, not the supplier's country (DE): score -0.03");
  }

  @Test
  void anUnrecognizedCountryChangesNothing() {
    ScreeningResult result = screener.screen(supplier("Acme Rocket Works", "Atlantis"));
    assertThat(result.hits().get(0).score()).isEqualTo(scoreOf(screener, "Acme Rocket Works", ""));
  }

  @Test
  void readsCountriesAsListsWriteThem() {
    assertThat(io.listcheck.normalize.CountryNames.code("Virgin Islands, British")).contains("VG");
    assertThat(io.listcheck.normalize.CountryNames.code("RUS")).contains("RU");
    assertThat(io.listcheck.normalize.CountryNames.code("Russia")).contains("RU");
    assertThat(io.listcheck.normalize.CountryNames.code("usa")).contains("US");
    assertThat(io.listcheck.normalize.CountryNames.code("Narnia")).isEmpty();
  }

  @Test
  void refusesAnAbsurdlyLongNameAsAnErrorRow() {
    ScreeningResult result = screener.screen(supplier("x".repeat(Screener.MAX_NAME_CHARS + 1), ""));
    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.error()).contains("1001 characters long");
  }

  @Test
  void anUnreadableRowIsAnErrorWithItsProblem() {
    ScreeningResult result = screener.screen(SupplierRecord.unreadable(3, 7, "not valid JSON"));
    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.error()).isEqualTo("not valid JSON");
  }

  private Suppression suppression(String fingerprint, String expires) {
    return new Suppression("V-1", "test-list:1", fingerprint, "different company", "qa", LocalDate.parse(expires), "s.yaml:2");
  }

  @Test
  void aValidSuppressionSilencesTheHit() {
    Screener s = screener.withSuppressions(new Suppressions(List.of(suppression(EntryFingerprint.of(TestData.acme()), "2027-01-01"))), TODAY);
    ScreeningResult result = s.screen(supplier("Acme Rocket Works", ""));
    assertThat(result.status()).isEqualTo(Status.SUPPRESSED);
    assertThat(result.hits()).isEmpty();
    assertThat(result.suppressed()).singleElement().satisfies(x -> assertThat(x.by().reason()).isEqualTo("different company"));
  }

  @Test
  void anExpiredSuppressionNoLongerSuppressesAndSaysSo() {
    Screener s = screener.withSuppressions(new Suppressions(List.of(suppression(EntryFingerprint.of(TestData.acme()), "2026-11-20"))), TODAY);
    ScreeningResult result = s.screen(supplier("Acme Rocket Works", ""));
    assertThat(result.status()).isEqualTo(Status.MATCH);
    assertThat(result.staleSuppressions()).singleElement().satisfies(x -> assertThat(x.why()).contains("expired on 2026-11-20"));
  }

  @Test
  void aSuppressionOfAChangedListingNoLongerSuppresses() {
    Screener s = screener.withSuppressions(new Suppressions(List.of(suppression("sha256:0000000000000000", "2027-01-01"))), TODAY);
    ScreeningResult result = s.screen(supplier("Acme Rocket Works", ""));
    assertThat(result.status()).isEqualTo(Status.MATCH);
    assertThat(result.staleSuppressions()).singleElement().satisfies(x -> assertThat(x.why()).contains("the listing changed"));
  }

  @Test
  void comparesWithAnOlderSnapshot() {
    ListEntry acmeBefore = ListEntry.builder("test-list", "1", "ACME ROCKET WORKS LTD", EntityType.ORGANIZATION)
        .program("OLD-PROGRAM").country("Russia").build();
    ListEntry gone = ListEntry.builder("test-list", "9", "OMEGA METALS", EntityType.ORGANIZATION).build();
    ListEntry aliasBefore = ListEntry.builder("test-list", "2", "ZENITH DRONE SYSTEMS", EntityType.ORGANIZATION)
        .alias("NORTHWIND TRADING", AliasKind.AKA).program("TEST-PROGRAM").country("China").build();
    List<ListEntry> before = List.of(acmeBefore, gone, aliasBefore);
    Screener s = screener.withBaseline(new Baseline(NameMatcher.over(before, SETTINGS), SnapshotDiff.between(before, entries)));

    assertThat(s.screen(supplier("Acme Rocket Works", "")).changes()).extracting(HitChange::kind).containsExactly(HitChange.Kind.CHANGED);
    assertThat(s.screen(supplier("Omega Metals", "")).changes()).extracting(HitChange::kind).containsExactly(HitChange.Kind.DELISTED);
    assertThat(s.screen(supplier("Northwind Trading", "")).changes()).extracting(HitChange::kind)
        .containsExactly(HitChange.Kind.NO_LONGER_MATCHES);
    Screener fresh = screener.withBaseline(new Baseline(NameMatcher.over(List.of(), SETTINGS), SnapshotDiff.between(List.of(), entries)));
    List<HitChange> changes = fresh.screen(supplier("Zenith Drone Systems", "")).changes();
    assertThat(changes).extracting(HitChange::kind).containsExactly(HitChange.Kind.NEW);
    assertThat(changes.get(0).hit().verdict()).isEqualTo(Verdict.MATCH);
  }

  @Test
  void keepsHitsBestFirstAfterAdjustment() {
    List<Hit> hits = screener.screen(supplier("Acme Rocket Works", "RU")).hits();
    assertThat(hits).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
  }

  private static final ListEntry OFAC = ListEntry.builder("ofac-nonsdn", "33111", "SZ DJI TECHNOLOGY CO., LTD.", EntityType.ORGANIZATION).build();
  private static final ListEntry CSL_MIRROR = ListEntry.builder("trade-csl", "cmic-33111", "SZ DJI TECHNOLOGY CO., LTD.", EntityType.ORGANIZATION)
      .subList("CMIC").linkedTo("ofac-nonsdn:33111").build();
  private static final ListEntry CSL_EL = ListEntry.builder("trade-csl", "el-0123456789ab", "SZ DJI Technology Co., Ltd.", EntityType.ORGANIZATION)
      .subList("EL").build();

  private static List<String> hitIds(List<ListEntry> lists) {
    Screener screener = new Screener(NameMatcher.over(lists, SETTINGS));
    return screener.screen(new SupplierRecord(1, 2, "SZ DJI Technology Co Ltd", "", ""))
        .hits().stream().map(h -> h.entry().id()).toList();
  }

  @Test
  void reportsAListingMirroredByTheCslOnceUnderTheOfacEntry() {
    assertThat(hitIds(List.of(OFAC, CSL_MIRROR, CSL_EL))).containsExactlyInAnyOrder("ofac-nonsdn:33111", "trade-csl:el-0123456789ab");
  }

  @Test
  void keepsTheCslMirrorWhenTheOfacListIsNotLoaded() {
    assertThat(hitIds(List.of(CSL_MIRROR))).containsExactly("trade-csl:cmic-33111");
  }
}
