package io.listcheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Russian, Ukrainian and Belarusian originals of listed organisations, as EU annexes and vendor masters write them,
 * against the English names US lists print; and real Russian companies that only share words with them.
 */
class CyrillicOriginalsTest {
  private static final NameMatcher MATCHER = NameMatcher.over(List.of(
      TestLists.entry("baz", "JOINT STOCK COMPANY BRYANSK AUTOMOBILE PLANT", ""),
      TestLists.entry("stc", "SPECIAL TECHNOLOGY CENTER", ""),
      TestLists.entry("zaliv", "OOO SHIPYARD 'ZALIV'", ""),
      TestLists.entry("peleng", "PELENG JSC", ""),
      TestLists.entry("mipt", "Moscow Institute of Physics and Technology", ""),
      TestLists.entry("usc", "JOINT STOCK COMPANY UNITED SHIPBUILDING CORPORATION", ""),
      TestLists.entry("trimix", "LIMITED LIABILITY COMPANY TRIMIX", ""),
      TestLists.entry("eirburg", "AO EIRBURG", ""),
      TestLists.entry("promoil", "PROMOIL LIMITED LIABILITY COMPANY", ""),
      TestLists.entry("skbtm", "JOINT STOCK COMPANY SPECIAL DESIGN BUREAU OF TRANSPORT MECHANICAL ENGINEERING", ""),
      TestLists.entry("vympel", "JOINT STOCK COMPANY DESIGN OFFICE FOR SHIPBUILDING VYMPEL", ""),
      TestLists.entry("uimc", "UNITED INSTRUMENT MANUFACTURING CORPORATION", ""),
      TestLists.entry("ostec", "OSTEC-TEST LTD", ""),
      TestLists.entry("ostek", "OOO OSTEK-ELEKTRO", "")),
      MatchSettings.DEFAULTS);

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void screensListedOrganisationsUnderTheirCyrillicOriginals() {
    assertThat(verdict("AO ‘Брянский автомобильный завод’ АО ‘БАЗ’", "baz")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Специальный Технологический Центр – ООО ‘СТЦ’", "stc")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Судостроительный завод ‘Залив’", "zaliv")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Вiдкрите акцiонерне товариство ‘Пеленг’", "peleng")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Московский физико-технический институт", "mipt")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Объединённая судостроительная корпорация, ОСК", "usc")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void leavesRussianCompaniesThatOnlyShareWordsClear() {
    assertThat(verdict("ООО «Брянский хлебозавод»", "baz")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("АО «Технологический центр «Спектр»", "stc")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("АО «Судостроительный завод «Северная верфь»", "zaliv")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("ООО «Московский институт стали и сплавов»", "mipt")).isEqualTo(Verdict.CLEAR);
    // an acronym alone abbreviates nothing beside it: "ОСК" is not the United Shipbuilding Corporation
    assertThat(verdict("ООО «ОСК Логистик»", "usc")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void readsBrandsRomanisedOtherwiseAsTheListSpellsThem() {
    assertThat(verdict("Общество с ограниченной ответственностью ‘ТРИМИКС’", "trimix")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Акционерное Общество ‘Эйрбург’", "eirburg")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ООО Промойл", "promoil")).isEqualTo(Verdict.MATCH);
    // "ostek" is a listed word of another Ostek company: both readings are screened
    assertThat(verdict("OOO “Остек-ТЕСТ”", "ostec")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ООО «Остек-Электро»", "ostek")).isEqualTo(Verdict.MATCH);
    assertThat(MATCHER.match("ООО «Тримикс»").get(0).transliteration()).contains("trimiks~trimix (romanisation)");
  }

  @Test
  void keepsOtherBrandsAndLatinSpellingsApart() {
    // another letter is another brand, in any romanisation
    assertThat(verdict("ООО «Тримакс»", "trimix")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("АО «Эйрбас»", "eirburg")).isEqualTo(Verdict.CLEAR);
    // a Latin name is compared as written: "Trimiks" typed in Latin is not read as TRIMIX
    assertThat(verdict("Trimiks LLC", "trimix")).isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void readsTheEnglishRenderingsListsVaryAsOne() {
    // машиностроение is "machine building" or "mechanical engineering", конструкторское бюро "design bureau" or "office"
    assertThat(verdict("AO ‘Специальное конструкторское бюро транспортного машиностроения’", "skbtm"))
        .isEqualTo(Verdict.MATCH);
    assertThat(verdict("AO КБ ‘Вымпел’", "vympel")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Акционерное Общество «Объединенная Приборостроительная Корпорация»", "uimc"))
        .isEqualTo(Verdict.MATCH);
    assertThat(verdict("Special Design Office of Transport Machine Building JSC", "skbtm")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void keepsOtherDesignBureausApart() {
    assertThat(verdict("АО «Специальное конструкторское бюро приборостроения»", "skbtm")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Transport Design Office LLC", "skbtm")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("АО «КБ «Луч»", "vympel")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("АО «Объединенная Двигателестроительная Корпорация»", "uimc")).isEqualTo(Verdict.CLEAR);
  }
}
