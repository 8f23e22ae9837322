package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.ListEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A branch or an office in a city is the listed company itself: vendor masters name the establishment they deal
 * with ("Huawei Technologies Co., Ltd. (Shenzhen Branch)"), while the lists name the company.
 */
class BranchNamesTest {
  private static final NameMatcher MATCHER = NameMatcher.over(entries(), MatchSettings.DEFAULTS);

  private static List<ListEntry> entries() {
    List<ListEntry> entries = new ArrayList<>(TestLists.entries());
    entries.add(TestLists.entry("huawei", "Huawei Technologies Co., Ltd.", ""));
    entries.add(TestLists.entry("melli", "BANK MELLI IRAN", ""));
    entries.add(TestLists.entry("helios", "HELIOS", ""));
    return entries;
  }

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void screensHuaweiUnderItsShenzhenBranchName() {
    assertThat(verdict("Huawei Technologies Co., Ltd. (Shenzhen Branch)", "huawei")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Huawei Technologies Co., Ltd. Branch", "huawei")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("华为技术有限公司深圳分公司", "huawei")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void screensAListedBankUnderItsBranchInAnotherCity() {
    assertThat(verdict("Bank Melli Iran Hamburg", "melli")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Bank Melli Iran, Zweigniederlassung Hamburg", "melli")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aCityOrABranchDoesNotMakeAnotherCompanyOfTheListedName() {
    assertThat(verdict("Helios Technologies Branch", "helios")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Helios London Branch", "helios")).isNotEqualTo(Verdict.CLEAR);
    assertThat(verdict("Branch Banking and Trust", "melli")).isEqualTo(Verdict.CLEAR);
  }
}
