package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.ListEntry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Names the lists print with their acronym in parentheses are found with it and without it; Chinese names of bodies
 * whose English names render one word several ways are found under each rendering; and a country the lists print in
 * parentheses makes a name without it a review.
 */
class PrintedAcronymsAndRenderingsTest {
  private static final NameMatcher MATCHER = NameMatcher.over(entries(), MatchSettings.DEFAULTS);

  private static List<ListEntry> entries() {
    List<ListEntry> entries = new ArrayList<>(TestLists.entries());
    entries.add(TestLists.entry("nudt", "National University of Defense Technology (NUDT)", ""));
    entries.add(TestLists.entry("iju", "ISLAMIC JIHAD UNION", ""));
    entries.add(TestLists.entry("hit", "Harbin Institute of Technology", ""));
    entries.add(TestLists.entry("nwpu", "Northwestern Polytechnical University", ""));
    entries.add(TestLists.entry("bit", "Beijing Institute of Technology", ""));
    entries.add(TestLists.entry("buaa", "Beijing University of Aeronautics and Astronautics (BUAA)", ""));
    entries.add(TestLists.entry("eln", "NATIONAL LIBERATION ARMY", ""));
    entries.add(TestLists.entry("ipp", "IPP OIL PRODUCTS (CYPRUS) LIMITED", ""));
    entries.add(TestLists.entry("cetc13",
        "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)", ""));
    entries.add(TestLists.entry("ttp", "TEHRIK-E TALIBAN PAKISTAN (TTP)", ""));
    return entries;
  }

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void findsAListedNameWrittenWithoutTheAcronymItIsPrintedWith() {
    assertThat(verdict("National University of Defense Technology", "nudt")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("National University of Defense Technology (NUDT)", "nudt")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("NUDT - National University of Defense Technology", "nudt")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void findsAGroupsNumberedInstituteWrittenWithoutTheAcronymAndNumberItIsPrintedWith() {
    assertThat(verdict("China Electronics Technology Group Corporation 13th Research Institute", "cetc13"))
        .isEqualTo(Verdict.MATCH);
    assertThat(verdict("中国电子科技集团公司第十三研究所", "cetc13")).isEqualTo(Verdict.MATCH);
    // another institute of the group is not this one
    assertThat(verdict("China Electronics Technology Group Corporation 14th Research Institute", "cetc13"))
        .isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void findsANameWhoseAcronymLeavesOutOneOfItsWords() {
    assertThat(verdict("Tehrik-e Taliban Pakistan", "ttp")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void findsAListedNameWrittenWithAnAcronymTheListLeavesOut() {
    assertThat(verdict("Islamic Jihad Union (IJU)", "iju")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aParenthesizedAcronymIsNotAnAliasOfItsOwn() {
    // OFAC counts acronyms among the weak aliases it does not expect screened alone (FAQs 122-124)
    assertThat(verdict("NUDT", "nudt")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void explainsThatTheListedAcronymWasSetAside() {
    Hit hit = TestLists.hit(MATCHER, "National University of Defense Technology", "nudt").orElseThrow();
    assertThat(hit.explanation()).contains("(listed name: set aside nudt (initials of words beside it))");
  }

  @Test
  void screensAUniversityUnderEachEnglishRenderingOfItsChineseName() {
    assertThat(verdict("哈尔滨工业大学", "hit")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("西北工业大学", "nwpu")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("北京理工大学", "bit")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("北京航空航天大学", "buaa")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("国防科技大学", "nudt")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void aRenderingOneUniversityAloneUsesIsNotReadIntoAnother() {
    // Beijing University of Technology is not the Beijing Institute of Technology
    assertThat(verdict("北京工业大学", "bit")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("哈尔滨工程大学", "hit")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void anotherRenderingMustExplainTheWholeListedName() {
    // read as "polytechnical university", the name still lacks the listed "Northwestern"
    assertThat(verdict("工业大学", "nwpu")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("东北工业大学", "nwpu")).isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void theChineseArmyIsNotTheLiberationArmiesOfTheLists() {
    assertThat(verdict("中国人民解放军国防科技大学", "eln")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("中国人民解放军国防科技大学", "nudt")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void reviewsANameWithoutTheCountryTheListPrintsInParentheses() {
    assertThat(verdict("IPP Oil Products Limited", "ipp")).isEqualTo(Verdict.REVIEW);
    assertThat(verdict("IPP Oil Products (Cyprus) Limited", "ipp")).isEqualTo(Verdict.MATCH);
  }
}
