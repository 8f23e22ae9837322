package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.ListEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers written out or in digits are one number; a series number is part of who a company is. */
class NumberedNamesTest {
  private static final NameMatcher MATCHER = NameMatcher.over(entries(), MatchSettings.DEFAULTS);

  private static List<ListEntry> entries() {
    List<ListEntry> entries = new ArrayList<>(TestLists.entries());
    entries.add(TestLists.entry("brigade", "Brigade 44", ""));
    entries.add(TestLists.entry("percenters", "Three Percenters", ""));
    entries.add(TestLists.entry("bowne", "Bowne Global Solutions II, Inc.", ""));
    entries.add(TestLists.entry("blackstone", "Blackstone Real Estate Partners VI L.P.", ""));
    entries.add(TestLists.entry("state", "United States Department of State", ""));
    return entries;
  }

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void matchesBrigadeFortyFourWrittenInWordsOrDigits() {
    assertThat(verdict("Brigade Forty-Four", "brigade")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Brigade Fourty-four", "brigade")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Brigade Forty 4", "brigade")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("3 Percenters", "percenters")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void keepsBrigadesOfOtherNumbersApart() {
    assertThat(verdict("Brigade Forty-Five", "brigade")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Two Percenters", "percenters")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void matchesUsWrittenAsAnAbbreviation() {
    assertThat(verdict("U.S. Department of State", "state")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void reviewsANameThatLacksTheListedSeriesNumber() {
    Hit bowne = TestLists.hit(MATCHER, "Bowne Global Solutions, Inc.", "bowne").orElseThrow();
    assertThat(bowne.verdict()).isEqualTo(Verdict.REVIEW);
    assertThat(bowne.rule()).isEqualTo("series");
    assertThat(bowne.explanation()).contains("another series");
    assertThat(verdict("Bowne Global Solutions II Inc", "bowne")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void keepsFundSeriesVAndVIApart() {
    assertThat(verdict("Blackstone Real Estate Partners V L.P.", "blackstone")).isNotEqualTo(Verdict.MATCH);
    assertThat(verdict("Blackstone Real Estate Partners VI LP", "blackstone")).isEqualTo(Verdict.MATCH);
  }
}
