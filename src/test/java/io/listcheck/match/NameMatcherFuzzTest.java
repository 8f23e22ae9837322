package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.listcheck.FuzzContract;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzes the matcher with hostile supplier names, the part screens of a Cyrillic name (a branch's parts, a name
 * without its state body) and every reading included: screening never throws, gives at most one hit per entry, best
 * first, each with a score in [0, 1], an alignment and an explanation, and gives the same hits when the name comes
 * again after others (the matcher's memos must not change a result). The supplier's country moves scores by the
 * country adjustment only. Inputs are cut to the longest name screened ({@link FuzzContract#screenedName}).
 */
public class NameMatcherFuzzTest {
  private static final TokenMatcher MATCHER = new TokenMatcher(entries(), MatchSettings.DEFAULTS);
  private static final double ROUNDING = 0.001;

  static {
    // ICU loads its transliteration rules on first use; keep that out of the per-input time limit.
    MATCHER.match("ФГУП «ВНИИА» 大疆");
  }

  public static Stream<String> seeds() {
    return Stream.of("SZ DJI Technology Co., Ltd.", "深圳市大疆创新科技有限公司", "ПАО Сбербанк", "Hikvison USA Inc",
        "ФГУП «ВНИИА» Минобороны России", "Институт катализа" + " ,".repeat(400) + " СО РАН",
        "Нижегородский Авиастроительный Завод «Сокол» – Филиал АО «РСК «МиГ»", "ФЛ «СРЗ «Нерпа» - АО «ЦС «Звёздочка»",
        "АО «ТПЗ»", "Istok JSC", "Ebla Trade Services SAL",
        "Главное Управление Глубоководных Исследований Министерства Обороны Российской Федерации",
        "Филиал" + " –".repeat(300) + " АО «Газпром»", "ООО «Ромашка» ПО «Газпром»", "KKR Asian Fund III L.P.",
        "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)", "BOE", "Boeing",
        "aab ".repeat(150) + "(aaaaaaaa-aaaaaz) ".repeat(20), "\u202Egnp.exe", "=HYPERLINK(\"x\")", "");
  }

  @MethodSource("seeds")
  @FuzzTest
  void screeningNeverThrowsAndGivesTheSameHitsEachTime(@NotNull String name) {
    check(name);
  }

  public static void check(String input) {
    String name = FuzzContract.screenedName(input);
    List<Hit> hits = MATCHER.match(name);
    assertThat(hits).extracting(h -> h.entry().id()).doesNotHaveDuplicates();
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      assertThat(hit.score()).isBetween(0.0, 1.0);
      assertThat(hit.verdict()).isNotEqualTo(Verdict.CLEAR);
      assertThat(hit.alignment()).isNotEmpty();
      assertThat(hit.explanation()).isNotBlank();
      if (i > 0) {
        Hit before = hits.get(i - 1);
        assertThat(before.verdict().compareTo(hit.verdict()) < 0
            || before.verdict() == hit.verdict() && before.score() >= hit.score()).as("best first").isTrue();
      }
    }
    MATCHER.match(name + " Technology Co Ltd");
    assertThat(MATCHER.match(name)).as("the same name screened again").isEqualTo(hits);
    assertCountryMovesScoresOnly(hits, MATCHER.match(name, "CN"));
  }

  private static void assertCountryMovesScoresOnly(List<Hit> hits, List<Hit> withCountry) {
    Map<String, Double> scores = hits.stream().collect(Collectors.toMap(h -> h.entry().id(), Hit::score));
    assertThat(withCountry).extracting(h -> h.entry().id())
        .containsExactlyInAnyOrderElementsOf(scores.keySet());
    for (Hit hit : withCountry) {
      assertThat(hit.score()).isBetween(0.0, 1.0)
          .isCloseTo(scores.get(hit.entry().id()), Offset.offset(TokenMatcher.COUNTRY_ADJUSTMENT + ROUNDING));
    }
  }

  /**
   * The shared test list and listings whose Cyrillic names have a parent body, a branch, a series, a designation
   * ("NPP") or a short weak alias (screened for Cyrillic names only), and a name with a slash.
   */
  private static List<ListEntry> entries() {
    return Stream.concat(TestLists.entries().stream(), Stream.of(
        TestLists.entry("vniia", "FEDERAL STATE UNITARY ENTERPRISE DUKHOV AUTOMATICS RESEARCH INSTITUTE", "",
            "ФГУП «ВНИИА»", "VNIIA"),
        TestLists.entry("sokol", "NIZHNIY NOVGOROD SOKOL AIRCRAFT MANUFACTURING PLANT", ""),
        TestLists.entry("gugi", "MAIN DIRECTORATE OF DEEP SEA RESEARCH", "", "GUGI"),
        TestLists.entry("catalysis", "Federal Research Center Boreskov Institute of Catalysis", ""),
        TestLists.entry("nerpa", "NERPA SHIPYARD", "", "SRZ NERPA"),
        TestLists.entry("kkr", "KKR Asian Fund II L.P.", ""),
        TestLists.entry("istok", "NPP Istok", ""),
        TestLists.entry("ebla", "EBLA TRADE SERVICES S.A.L./OFF-SHORE", ""),
        ListEntry.builder("test", "tpz", "JOINT STOCK COMPANY TULA CARTRIDGE WORKS", EntityType.ORGANIZATION)
            .country("Russia").alias("AO TPZ", AliasKind.WEAK_AKA).build())).toList();
  }
}
