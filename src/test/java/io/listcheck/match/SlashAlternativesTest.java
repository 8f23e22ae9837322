package io.listcheck.match;

import static io.listcheck.match.TestLists.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlashAlternativesTest {
  @Test
  void readsANameWithEachOfTheTwoWordsItsSlashWrites() {
    assertThat(SlashAlternatives.of("7TH OF TIR INDUSTRIES OF ISFAHAN/ESFAHAN"))
        .containsExactly("7TH OF TIR INDUSTRIES OF ISFAHAN", "7TH OF TIR INDUSTRIES OF ESFAHAN");
    assertThat(SlashAlternatives.of("EBLA TRADE SERVICES S.A.L./OFF-SHORE"))
        .containsExactly("EBLA TRADE SERVICES S.A.L.", "EBLA TRADE SERVICES OFF-SHORE");
    assertThat(SlashAlternatives.of("CHINA NATIONAL PRECISION MACHINERY IMPORT/EXPORT CORPORATION")).containsExactly(
        "CHINA NATIONAL PRECISION MACHINERY IMPORT CORPORATION", "CHINA NATIONAL PRECISION MACHINERY EXPORT CORPORATION");
  }

  @Test
  void leavesAbbreviationsAcronymsAloneAndNamesWithoutASlash() {
    assertThat(SlashAlternatives.of("M/S OSAMA KHAIRY HAFEZ TRADING EST.")).isEmpty();
    assertThat(SlashAlternatives.of("KOREA RYENHA MACHINERY J/V CORPORATION")).isEmpty();
    assertThat(SlashAlternatives.of("NPP/CPP")).isEmpty();
    assertThat(SlashAlternatives.of("NEW PEOPLE'S ARMY / COMMUNIST PARTY OF THE PHILIPPINES")).isEmpty();
    assertThat(SlashAlternatives.of("HUAWEI TECHNOLOGIES CO., LTD.")).isEmpty();
  }

  @Test
  void screensACompanyUnderTheAlternativeItWrites() {
    NameMatcher matcher = NameMatcher.over(List.of(
        TestLists.entry("ebla", "EBLA TRADE SERVICES S.A.L./OFF-SHORE", ""),
        TestLists.entry("tir", "7TH OF TIR", "", "7TH OF TIR INDUSTRIES OF ISFAHAN/ESFAHAN")), MatchSettings.DEFAULTS);

    assertThat(verdict(matcher, "Ebla Trade Services SAL", "ebla")).isEqualTo(Verdict.MATCH);
    assertThat(verdict(matcher, "7th of Tir Industries of Isfahan", "tir")).isEqualTo(Verdict.MATCH);
    assertThat(TestLists.hit(matcher, "7th of Tir Industries of Esfahan", "tir").orElseThrow().explanation())
        .contains("read as '7TH OF TIR INDUSTRIES OF ESFAHAN', one of the alternatives its slash writes");
  }

  @Test
  void readsNoAlternativeOfAPersonsName() {
    ListEntry person = ListEntry.builder("test", "p", "AL-ZAROONI/ZARUNI, Ahmed", EntityType.INDIVIDUAL).build();
    NameMatcher matcher = NameMatcher.over(List.of(person), MatchSettings.DEFAULTS);

    assertThat(matcher.match("Ahmed Al-Zarooni")).isEmpty();
  }
}
