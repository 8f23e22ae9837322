package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.ListEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Listed names with dots and apostrophes, screened as vendor masters write them without. */
class PunctuationVariantsTest {
  private static final NameMatcher MATCHER = NameMatcher.over(entries(), MatchSettings.DEFAULTS);

  private static List<ListEntry> entries() {
    List<ListEntry> entries = new ArrayList<>(TestLists.entries());
    entries.add(TestLists.entry("accesos", "ACCESOS ELECTRONICOS S.A.DE C.V.", ""));
    entries.add(TestLists.entry("supermarket", "D'S SUPERMARKET COMPANY LTD.", ""));
    entries.add(TestLists.entry("inzhiniring", "OOO INZHINIRING.RF", ""));
    entries.add(TestLists.entry("hodroj", "HODROJ EXCHANGE S.A.R.L", ""));
    entries.add(TestLists.entry("pad", "P.AD Ltd.", ""));
    entries.add(TestLists.entry("power", "Power S.A.L", ""));
    return entries;
  }

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void matchesDottedLegalFormsWrittenWithoutDots() {
    assertThat(verdict("accesos electronicos sade cv", "accesos")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("hodroj exchange sarl", "hodroj")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("power sal", "power")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void matchesADottedWordWrittenWhole() {
    assertThat(verdict("ooo inzhiniringrf", "inzhiniring")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("OOO Inzhiniring RF", "inzhiniring")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("pad ltd", "pad")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void matchesAShortPossessiveWrittenWithoutItsApostrophe() {
    assertThat(verdict("ds supermarket company ltd", "supermarket")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("D's Supermarket Co., Ltd.", "supermarket")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aDottedWordWrittenWholeDoesNotMeetOtherWords() {
    assertThat(verdict("Padre Ltd", "pad")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Power Systems", "power")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Supermarket Company Ltd", "supermarket")).isNotEqualTo(Verdict.MATCH);
  }
}
