package io.listcheck.match;

import static io.listcheck.match.TestLists.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Russian organisation's designation before its name (НПП, research and production enterprise; торговый дом,
 * trading house) is left out by vendor files as a legal form is, and translated or not by the lists: the company's own
 * name still finds the listing.
 */
class OrganisationDesignationsTest {
  private static final NameMatcher MATCHER = NameMatcher.over(List.of(
      TestLists.entry("istok", "NPP Istok", ""),
      TestLists.entry("lobaev", "LIMITED LIABILITY COMPANY TRADING HOUSE LOBAEV ARMS", ""),
      TestLists.entry("rosel", "JOINT STOCK COMPANY TRADING HOUSE ROSEL", ""),
      TestLists.entry("gurgen", "GURGEN HOUSE LLC", "")), MatchSettings.DEFAULTS);

  @Test
  void reviewsACompanyNamedWithoutTheDesignationTheListPrints() {
    assertThat(verdict(MATCHER, "Istok JSC", "istok")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict(MATCHER, "АО «Исток»", "istok")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict(MATCHER, "Rosel", "rosel")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict(MATCHER, "Research and Production Corporation Istok", "istok")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void matchesATradingHouseUnderItsNameOfTwoIdentifyingWords() {
    assertThat(verdict(MATCHER, "Лобаев Армс", "lobaev")).isEqualTo(Verdict.MATCH);
    assertThat(verdict(MATCHER, "Lobaev Arms LLC", "lobaev")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void requiresAHouseThatIsPartOfTheName() {
    assertThat(verdict(MATCHER, "Gurgen LLC", "gurgen")).isEqualTo(Verdict.CLEAR);
  }
}
