package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Consolidated Screening List names subsidiaries after their parent ("Tactical Missile Corporation, Joint Stock
 * Company Avangard"); a vendor master writes the subsidiary's own name ("АО «Авангард»").
 */
class SubsidiaryNamesTest {
  private static final NameMatcher MATCHER = NameMatcher.over(List.of(
      TestLists.entry("ktrv", "TACTICAL MISSILES CORPORATION JSC", ""),
      TestLists.entry("avangard", "Tactical Missile Corporation, Joint Stock Company Avangard", ""),
      TestLists.entry("zvezda", "Tactical Missile Corporation, Zvezda-Strela Limited Liability Company", ""),
      TestLists.entry("usc", "United Shipbuilding Corporation Joint Stock Company", ""),
      TestLists.entry("baltic", "United Shipbuilding Corporation JSC “Baltic Shipbuilding Factory”", ""),
      TestLists.entry("huawei", "Huawei Technologies Co., Ltd.", "", "Huawei Technologies Co., Ltd., Shenzhen"),
      TestLists.entry("melli", "BANK MELLI IRAN", ""),
      TestLists.entry("melli-branch", "Bank Melli Iran, Branch Office", ""),
      ListEntry.builder("test", "person", "AL-RAHMAN, Abdullah", EntityType.INDIVIDUAL).build(),
      ListEntry.builder("test", "person2", "AL-RAHMAN, Abdullah, Ali Yusuf", EntityType.INDIVIDUAL).build()),
      MatchSettings.DEFAULTS);

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void screensASubsidiaryListedAfterItsParentUnderItsOwnName() {
    assertThat(verdict("АО «Авангард»", "avangard")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("JSC Avangard", "avangard")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Акционерное Общество «Звезда-Стрела»", "zvezda")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Baltic Shipbuilding Factory JSC", "baltic")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void explainsThatTheNameFollowedTheParentsName() {
    Hit hit = MATCHER.match("JSC Avangard").stream().filter(h -> h.entry().id().equals("test:avangard"))
        .findFirst().orElseThrow();
    assertThat(hit.matchedName()).isEqualTo("Tactical Missile Corporation, Joint Stock Company Avangard");
    assertThat(hit.explanation()).contains(NameIndex.SUBSIDIARY_PART);
  }

  @Test
  void derivesNothingFromAnEntrysOwnNameABranchOrAPerson() {
    // "Huawei Technologies Co., Ltd." is the entry's own name, not a parent: "Shenzhen" alone is not Huawei
    assertThat(verdict("Shenzhen", "huawei")).isEqualTo(Verdict.CLEAR);
    // "Bank Melli Iran" has no legal form, and "Branch Office" no identifying word
    assertThat(verdict("Branch Office", "melli-branch")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Ali Yusuf", "person2")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void theParentStaysItsOwnEntry() {
    assertThat(verdict("Tactical Missiles Corporation", "ktrv")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("АО «Авангард»", "ktrv")).isEqualTo(Verdict.CLEAR);
  }
}
