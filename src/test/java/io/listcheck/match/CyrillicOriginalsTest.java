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
      TestLists.entry("ostek", "OOO OSTEK-ELEKTRO", ""),
      TestLists.entry("transcontainer", "PJSC TRANSCONTAINER", ""),
      TestLists.entry("spetstechnotrade", "LIMITED LIABILITY COMPANY SPETSTECHNOTRADE", ""),
      TestLists.entry("chipdevice", "LIMITED LIABILITY COMPANY CHIPDEVICE", ""),
      TestLists.entry("salute", "Special Design Bureau Salute JSC", ""),
      TestLists.entry("polyot", "Polyot Chelyabinsk Radio Plant JSC", ""),
      TestLists.entry("progress", "JOINT STOCK COMPANY PROGRESS ARSENYEV AVIATION COMPANY", ""),
      TestLists.entry("degtyarev", "JOINT STOCK COMPANY MACHINE BUILDING PLANT NAMED AFTER V.A. DEGTYAREV", ""),
      TestLists.entry("shipyard-vympel", "JSC Shipyard Vympel", ""),
      TestLists.entry("konvoy", "PMC KONVOY", ""),
      TestLists.entry("sokol", "NIZHNIY NOVGOROD SOKOL AIRCRAFT MANUFACTURING PLANT", ""),
      TestLists.entry("irkutsk", "IRKUTSK AVIATION PLANT", ""),
      TestLists.entry("irtysh", "Omsk Production Union Irtysh JSC", ""),
      TestLists.entry("mit", "JOINT STOCK COMPANY CORPORATION MOSCOW INSTITUTE OF HEAT TECHNOLOGY", ""),
      TestLists.entry("niissu", "Scientific Research Institute of Communication Management Systems", ""),
      TestLists.entry("fakel", "JOINT STOCK COMPANY MACHINE-BUILDING ENGINEERING OFFICE FAKEL", ""),
      TestLists.entry("carbon", "JOINT STOCK COMPANY SCIENTIFIC RESEARCH INSTITUTE OF ELECTRICAL CARBON PRODUCTS", ""),
      TestLists.entry("ostec-smt", "OSTEC-SMT LTD", ""),
      TestLists.entry("ast", "AKTSIONERNOE OBSHCHESTVO AST", ""),
      TestLists.entry("iskra", "ISKRA ENGINEERING DESIGN BUREAU JSC NAMED AFTER I.I. KARTUKOV", ""),
      TestLists.entry("komsomolsk", "KOMSOMOLSK-ON-AMUR AVIATION PLANT", ""),
      TestLists.entry("granit", "JOINT STOCK COMPANY CONCERN GRANIT-ELECTRON", ""),
      TestLists.entry("iq", "LLC IQ COMPONENTS", ""),
      TestLists.entry("city", "CITY COMPONENTS LLC", ""),
      TestLists.entry("ekommerts", "STRELOI EKOMMERTS", ""),
      TestLists.entry("deep-sea", "MAIN DIRECTORATE OF DEEP SEA RESEARCH", "",
          "GLAVNOYE UPRAVLENIE GLUBOKOVODNYKH ISSLEDOVANII"),
      TestLists.entry("deep-sea-english", "MAIN DIRECTORATE OF DEEP SEA RESEARCH", "")),
      MatchSettings.DEFAULTS);

  private static Verdict verdict(String supplier, String entryKey) {
    return TestLists.verdict(MATCHER, supplier, entryKey);
  }

  @Test
  void screensAnInstitutionAlsoWithoutTheMinistryItBelongsTo() {
    assertThat(verdict("Главное Управление Глубоководных Исследований Министерства Обороны Российской Федерации",
        "deep-sea")).isEqualTo(Verdict.MATCH);
    assertThat(MATCHER.match("Главное Управление Глубоководных Исследований Министерства Обороны Российской Федерации")
        .get(0).explanation()).contains("screened without the state body it belongs to");
  }

  @Test
  void readsAPartWithoutItsStateBodyUnderEachRenderingOfItsRussianWords() {
    // управление is "administration" first and "directorate" second
    assertThat(verdict("Главное Управление Глубоководных Исследований Министерства Обороны Российской Федерации",
        "deep-sea-english")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void screensAnEPrefixWrittenInCyrillicAsTheListsEWrittenTogether() {
    assertThat(verdict("ООО «Стрелой Е-Коммерц»", "ekommerts")).isEqualTo(Verdict.MATCH);
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

  @Test
  void readsRussianSpellingsOfEnglishWordsAsTheEnglishWord() {
    assertThat(verdict("ПАО Трансконтейнер", "transcontainer")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ООО «Чипдевайс»", "chipdevice")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ООО «Спецтехнотрейд»", "spetstechnotrade")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Акционерное общество «Особое Конструкторское Бюро «Салют»", "salute"))
        .isEqualTo(Verdict.MATCH);
    // ё written е
    assertThat(verdict("Акционерное Общество «Челябинский Радиозавод «Полет»", "polyot")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void keepsOtherWordsClearOfTheLoanwordReadings() {
    assertThat(verdict("ООО «Чипдизайн»", "chipdevice")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("ПАО Трансконтинент", "transcontainer")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("ООО «Спецтехноторг»", "spetstechnotrade")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("АО «Особое Конструкторское Бюро «Сальто»", "salute")).isNotEqualTo(Verdict.MATCH);
    // Latin names are compared as written
    assertThat(verdict("Polet Chelyabinsk Radio Plant JSC", "polyot")).isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void forgivesAnHonoreeOneNameLeavesOut() {
    assertThat(verdict("Арсеньевская авиационная компания ‘Прогресс’ им. Н.И.Сазыкина", "progress"))
        .isEqualTo(Verdict.MATCH);
    assertThat(verdict("АО «Машиностроительный завод имени В.А. Дегтярева»", "degtyarev")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void keepsOrganisationsNamedAfterOtherPeopleApart() {
    assertThat(verdict("АО «Машиностроительный завод имени М.И. Калинина»", "degtyarev")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Арсеньевская авиационная компания ‘Восход’ им. Н.И.Сазыкина", "progress"))
        .isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void spellsOutRussianAbbreviationsOfShipyardsAndPrivateMilitaryCompanies() {
    assertThat(verdict("ПАО «ССЗ «Вымпел»", "shipyard-vympel")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ЧВК Конвой", "konvoy")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ПАО «ССЗ «Пелла»", "shipyard-vympel")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("ЧВК Вагнер", "konvoy")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void screensABranchUnderItsOwnNameBesideTheCompanyItBelongsTo() {
    assertThat(verdict("Нижегородский Авиастроительный Завод «Сокол» – Филиал АО «Российская Самолетостроительная"
        + " Корпорация «МиГ»", "sokol")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Филиал ПАО «Яковлев» — Иркутский Авиационный Завод", "irkutsk")).isEqualTo(Verdict.MATCH);
    assertThat(TestLists.hit(MATCHER, "Филиал ПАО «Яковлев» — Иркутский Авиационный Завод", "irkutsk").orElseThrow()
        .transliteration()).contains("branch part");
  }

  @Test
  void keepsOtherBranchesOfTheCompanyClear() {
    assertThat(verdict("Филиал ПАО «Яковлев» — Казанский Авиационный Завод", "irkutsk")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Смоленский Авиационный Завод «Сокол» – Филиал АО «РСК «МиГ»", "sokol"))
        .isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void screensARussianWordUnderEachRenderingTheListsPrint() {
    // объединение "association" or "union", теплотехника "heat engineering" or "heat technology", управление
    // "administration" or "management", конструкторское бюро "design bureau" or "engineering office"
    assertThat(verdict("Акционерное Общество «Омское Производственное Объединение «Иртыш»", "irtysh"))
        .isEqualTo(Verdict.MATCH);
    assertThat(verdict("Акционерное Общество «Корпорация «Московский Институт Теплотехники»", "mit"))
        .isEqualTo(Verdict.MATCH);
    assertThat(verdict("АО «Научно-Исследовательский Институт Систем Связи и Управления»", "niissu"))
        .isEqualTo(Verdict.MATCH);
    assertThat(verdict("АО «Машиностроительное Конструкторское Бюро «Факел»", "fakel")).isEqualTo(Verdict.MATCH);
    assertThat(TestLists.hit(MATCHER, "АО «Омское Производственное Объединение «Иртыш»", "irtysh").orElseThrow()
        .transliteration()).contains("obyedineniye=union");
  }

  @Test
  void keepsOtherCompaniesApartUnderTheOtherRenderings() {
    assertThat(verdict("АО «Омское Производственное Объединение «Полет»", "irtysh")).isEqualTo(Verdict.CLEAR);
    // control systems, not communication management systems: another rendering must explain the whole listed name
    assertThat(verdict("АО «Научно-Исследовательский Институт Систем Управления»", "niissu"))
        .isNotEqualTo(Verdict.MATCH);
    assertThat(verdict("АО «Машиностроительное Конструкторское Бюро «Искра»", "fakel")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void takesAnotherRenderingOnlyWhereTheListedNamePairsIt() {
    // проектный is "project" or "design"; this listed name has neither, so the lighter "design" left unpaired would
    // only raise the score without evidence: the name is scored under the first rendering
    assertThat(verdict("АО «Научно-Исследовательский и Проектно-Технологический Институт Электроугольных Изделий»",
        "carbon")).isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void screensALatinWordOfLookalikeLettersAlsoAsCyrillic() {
    assertThat(verdict("OOO “Остек-CMT”", "ostec-smt")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Общество с ограниченной ответственностью “Остек-TECT”", "ostec")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Акционерное Общество ACT", "ast")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void keepsOtherLatinWordsBesideCyrillicApart() {
    // "p" is the Cyrillic "р": СМР is another name; "D" has no Cyrillic lookalike, so "SMD" stays Latin
    assertThat(verdict("OOO “Остек-CMP”", "ostec-smt")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("OOO “Остек-SMD”", "ostec-smt")).isEqualTo(Verdict.CLEAR);
    assertThat(verdict("Акционерное Общество ACTRA", "ast")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void readsAnHonoreesGivenNameAndPatronymicAsTheInitialsTheListsPrint() {
    assertThat(verdict("Акционерное Общество «Машиностроительное Конструкторское Бюро «ИСКРА» имени Ивана Ивановича"
        + " Картукова»", "iskra")).isEqualTo(Verdict.MATCH);
  }

  @Test
  void dropsTheRussianOnOfAHyphenatedPlaceName() {
    assertThat(verdict("Комсомольский-на-Амуре Авиационный Завод имени Ю. А. Гагарина", "komsomolsk"))
        .isEqualTo(Verdict.MATCH);
    assertThat(verdict("Комсомольский-на-Амуре Судостроительный Завод", "komsomolsk")).isEqualTo(Verdict.CLEAR);
  }

  @Test
  void readsAConcernAsTheGroupOfCompaniesItIs() {
    assertThat(verdict("Гранит-Электрон", "granit")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Концерн «Гранит-Электрон»", "granit")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ООО «Гранит»", "granit")).isNotEqualTo(Verdict.MATCH);
  }

  @Test
  void readsInitialsSpeltAsRussianLetterNames() {
    assertThat(verdict("ООО «Ай Кью Компонентс»", "iq")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("Общество с Ограниченной Ответственностью «Ай Кью Компонентс»", "iq")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ООО «Ай Ти Компонентс»", "iq")).isEqualTo(Verdict.CLEAR);
    // "Сити" also spells C, T; read as written it is "City", and the initials reading finds nothing else
    assertThat(verdict("ООО «Сити Компонентс»", "city")).isEqualTo(Verdict.MATCH);
    assertThat(verdict("ООО «Сити Компонентс»", "iq")).isEqualTo(Verdict.CLEAR);
  }
}
