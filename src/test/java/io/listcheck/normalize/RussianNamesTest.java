package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Russian names read the way US lists translate them: business words, places, spellings, legal forms, scripts. */
class RussianNamesTest {
  private final NameNormalizer normalizer = new NameNormalizer();

  /** The name's words other than legal forms, in any order. */
  private java.util.List<String> coreOf(String name) {
    AnalyzedName analyzed = normalizer.analyze(name);
    java.util.List<String> words = new java.util.ArrayList<>();
    for (int i = 0; i < analyzed.tokens().size(); i++) {
      if (analyzed.kinds().get(i) != TokenKind.LEGAL_FORM) {
        words.add(analyzed.tokens().get(i));
      }
    }
    words.sort(null);
    return words;
  }

  @Test
  void screensMuromPlantUnderItsRussianName() {
    assertThat(coreOf("Акционерное общество «Муромский приборостроительный завод»"))
        .isEqualTo(coreOf("JSC Murom Instrument-Making Plant"));
  }

  @Test
  void translatesResearchAndProductionWordsAsTheListsDo() {
    assertThat(coreOf("АО «Научно-производственное предприятие «Топаз»"))
        .isEqualTo(coreOf("Joint Stock Company Scientific Production Enterprise Topaz"));
    assertThat(coreOf("Конструкторское бюро «Око»")).isEqualTo(coreOf("OKO Design Bureau"));
    assertThat(coreOf("АО «Научно-исследовательский институт «Полюс»"))
        .isEqualTo(coreOf("JSC Scientific Research Institute Polyus"));
  }

  @Test
  void readsRussianAbbreviationsOfBusinessWordsAsTheirFullForm() {
    assertThat(coreOf("АО «НПП «Исток»")).isEqualTo(coreOf("Научно-производственное предприятие «Исток»"));
    assertThat(coreOf("КБ «Око»")).isEqualTo(coreOf("OKO Design Bureau"));
  }

  @Test
  void readsPoBeforeAQuotedNameAsProductionAssociationAndBetweenWordsAsAPreposition() {
    assertThat(coreOf("АО «ПО «Стрела»")).isEqualTo(coreOf("JOINT STOCK COMPANY PRODUCTION ASSOCIATION STRELA"));
    assertThat(coreOf("АО ПО «Север»")).isEqualTo(coreOf("PROIZVODSTVENNOYE OBYEDINENIYE SEVER"));
    assertThat(coreOf("ПО Север")).isEqualTo(coreOf("Production Association Sever"));
    assertThat(coreOf("Агентство по страхованию вкладов")).isEqualTo(coreOf("Агентство страхованию вкладов"));
    assertThat(normalizer.analyze("АО «ПО «Стрела»").transliteration()).contains("ПО read as производственное");
    assertThat(normalizer.analyze("Агентство по страхованию вкладов").transliteration()).doesNotContain("ПО read");
  }

  @Test
  void readsAPlaceAdjectiveAsItsPlace() {
    assertThat(normalizer.analyze("Казанский вертолетный завод").tokens())
        .containsExactly("kazan", "helicopter", "plant");
    assertThat(normalizer.analyze("Омский завод").tokens()).containsExactly("omsk", "plant");
    assertThat(normalizer.analyze("Тульский оружейный завод").tokens()).containsExactly("tula", "arms", "plant");
    assertThat(coreOf("Дубненский машиностроительный завод")).isEqualTo(coreOf("Dubnensky Machine Building Plant"));
  }

  @Test
  void tradeAdjectivesAreNotPlaces() {
    assertThat(normalizer.analyze("Химико-аналитический институт").tokens())
        .containsExactly("chemical", "analytical", "institute");
    assertThat(normalizer.analyze("Аналитический центр").tokens()).containsExactly("analitichesky", "center");
  }

  @Test
  void agreesOnAdjectiveEndingsAcrossRomanisations() {
    assertThat(coreOf("АО «Северный пресс»")).isEqualTo(coreOf("JSC Severniy Press"));
    assertThat(coreOf("ПАО «Компания «Сухой»")).isEqualTo(coreOf("Sukhoi Company PJSC"));
  }

  @Test
  void readsBgnsYeAndTheListsEAsOneSpelling() {
    // BGN/PCGN writes е after a vowel as "ye", OFAC and GOST as "e": the Russian table reads both
    assertThat(coreOf("Частная военная компания «Вагнер»")).isEqualTo(coreOf("CHASTNAYA VOENNAYA KOMPANIYA 'VAGNER'"));
    assertThat(coreOf("АО «Совкомбанк страхование»")).isEqualTo(coreOf("AKTSIONERNOE OBSHCHESTVO SOVKOMBANK STRAKHOVANIE"))
        .containsExactly("insurance", "sovkombank");
    assertThat(coreOf("АО «Особое конструкторское бюро»")).isEqualTo(coreOf("AO OSOBOE KONSTRUKTORSKOE BYURO"));
  }

  @Test
  void readsRussianWordsInTheLibraryOfCongressAndPassportRomanisations() {
    // ALA-LC and Russian passports write я, ю, й as "ia", "iu", "i"; OFAC prints some names so ("KOMPANIIA")
    assertThat(coreOf("KONSTRUKTORSKOE BIURO PRIBOROSTROENIIA OAO"))
        .isEqualTo(coreOf("KONSTRUKTORSKOE BYURO PRIBOROSTROENIYA OAO")).contains("bureau");
    assertThat(coreOf("PAO Iaroslavskii sudostroitelnyi zavod")).isEqualTo(coreOf("PAO Yaroslavskiy sudostroitelnyy zavod"))
        .contains("yaroslavl");
    assertThat(coreOf("Rossiiskaia Aviatsionnaia Korporatsiia")).isEqualTo(coreOf("ROSSIYSKAYA AVIATSIONNAYA KORPORATSIYA"));
  }

  @Test
  void readsARussianLegalFormInAnyMixtureOfItsRomanisations() {
    // OFAC's own spelling mixes "-oi" with "-yu", a mixture no single system writes
    for (String form : java.util.List.of("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU",
        "OBSCHESTVO S OGRANICHENNOY OTVETSTVENNOSTIU", "OBSHCHESTVO S OGRANICHENNOJ OTVETSTVENNOSTJU")) {
      assertThat(normalizer.analyze(form + " AQUA SOLID").tokens()).as(form).containsExactly("llc", "aqua", "solid");
    }
    assertThat(normalizer.analyze("AKTSIONERNOYE OBSCHESTVO SEVER").tokens()).containsExactly("jsc", "sever");
    assertThat(normalizer.analyze("Ogranichennoy Tools").tokens()).doesNotContain("llc");
  }

  @Test
  void readsRussianStateEnterpriseFormsAsLegalForms() {
    assertThat(coreOf("ФГУП «Атомфлот»")).containsExactly("atomflot");
    assertThat(coreOf("Federal State Unitary Enterprise Atomflot")).containsExactly("atomflot");
    assertThat(coreOf("Федеральное казенное предприятие «Анозит»")).isEqualTo(coreOf("Federal State Enterprise Anozit"));
  }

  @Test
  void repairsWordsTypedInLatinAndCyrillicLetters() {
    // a Latin C and O inside "Общество с ограниченной ответственностью"
    assertThat(normalizer.analyze("Общество C Oграниченной Ответственностью «Элиарс»").tokens())
        .containsExactly("llc", "eliars");
    // a Cyrillic А in an English word
    assertThat(normalizer.fold("JSC «61 Аrmored repair plant»")).isEqualTo("jsc 61 armored repair plant");
    // a letter without a lookalike in the other script decides, whatever the count: и is only Cyrillic
    assertThat(normalizer.fold("Остек-Cepвиc")).isEqualTo("ostek servis");
  }

  @Test
  void readsLatinWordsOfLookalikeLettersAlsoAsCyrillic() {
    assertThat(normalizer.readings("OOO «Остек-CMT»")).extracting(r -> r.name().tokens())
        .contains(java.util.List.of("llc", "ostek", "smt"));
    // "SMD" has a letter no Cyrillic letter looks like; a Latin name has no other reading
    assertThat(normalizer.readings("OOO «Остек-SMD»")).hasSize(1);
    assertThat(normalizer.readings("OSTEC-CMT LTD")).hasSize(1);
  }

  @Test
  void readsEnglishLettersSpeltByTheirRussianNamesAsInitials() {
    assertThat(normalizer.readings("ООО «Ай Кью Компонентс»"))
        .extracting(r -> r.name().tokens(), NameNormalizer.Reading::mustPair)
        .contains(org.assertj.core.groups.Tuple.tuple(
            java.util.List.of("llc", "iq", "component"), java.util.List.of("iq")));
    assertThat(normalizer.readings("Айди Солюшн")).extracting(r -> r.name().tokens())
        .contains(java.util.List.of("id", "solution"));
    assertThat(normalizer.readings("Ай-Би-Эм")).extracting(r -> r.name().tokens()).contains(java.util.List.of("ibm"));
    // a word that is not made of letter names only, or one letter alone, is read as written
    assertThat(normalizer.readings("ООО «Айсберг»")).hasSize(1);
    assertThat(normalizer.readings("Эс Компани")).hasSize(1);
  }

  @Test
  void offersTheOtherEnglishRenderingsOfARussianWord() {
    assertThat(normalizer.readings("Омское производственное объединение «Иртыш»"))
        .extracting(r -> r.name().tokens(), NameNormalizer.Reading::mustPair)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                java.util.List.of("omsk", "production", "association", "irtysh"), java.util.List.of()),
            org.assertj.core.groups.Tuple.tuple(
                java.util.List.of("omsk", "production", "union", "irtysh"), java.util.List.of("union")));
    assertThat(normalizer.readings("Omsk Production Association Irtysh")).hasSize(1);
  }

  @Test
  void readsTheRussianOnOfAHyphenatedPlaceAsEnglishDoes() {
    assertThat(coreOf("Комсомольский-на-Амуре авиационный завод"))
        .containsExactly("amure", "aviation", "komsomolsk", "plant");
    assertThat(coreOf("Ростов-на-Дону")).containsExactly("donu", "rostov");
  }

  @Test
  void readsTheHonoreeInTheNominativeTheListsPrint() {
    assertThat(coreOf("АО «ПО «УОМЗ» имени Э.С. Яламова»")).containsSubsequence("es", "yalamov");
    assertThat(coreOf("АО «Научно-исследовательский институт энерготехники имени Н.А. Доллежаля»"))
        .contains("dollezhal");
    assertThat(coreOf("Зеленодольский завод имени А. М. Горького")).contains("gorky");
    assertThat(coreOf("JSC Plant named after A.A. Kulakov")).isEqualTo(coreOf("АО «Завод имени А.А. Кулакова»"));
  }

  @Test
  void readsAnHonoreesGivenNameAndPatronymicAsInitials() {
    assertThat(coreOf("АО «Искра» имени Ивана Ивановича Картукова")).isEqualTo(coreOf("Iskra JSC named after I.I. Kartukov"));
    assertThat(coreOf("ООО «Лаборатория имени Анны Петровны Ивановой»")).contains("ap");
    // outside an honoree a patronymic is a name word, and a surname in -ovich after initials stays the surname
    assertThat(coreOf("ООО «Иван Иванович»")).containsExactly("ivan", "ivanovich");
    assertThat(coreOf("Консерватория имени Д.Д. Шостаковича")).contains("dd", "shostakovich");
  }

  @Test
  void dropsRussianLinkingWordsButNotLatinNumerals() {
    assertThat(normalizer.analyze("Завод по ремонту радиоэлектронного вооружения").tokens())
        .containsExactly("plant", "repair", "radio", "electronic", "weapons");
    assertThat(normalizer.analyze("Информационные технологии и коммуникационные системы").tokens())
        .containsExactly("information", "technology", "communication", "system");
    assertThat(normalizer.analyze("Energy I B.V.").tokens()).contains("i");
  }

  @Test
  void dropsLinkingWordsARomanisedRussianNameKeeps() {
    assertThat(coreOf("ROSSISKOE AGENTSTVO PO STRAKHOVANIYU EKSPORTNYKH KREDITOV")).doesNotContain("po");
    assertThat(coreOf("NAUCHNO ISSLEDOVATELSKII I PROEKTNYI INSTITUT PO PERERABOTKE GAZA AO"))
        .isEqualTo(coreOf("Научно-исследовательский и проектный институт по переработке газа АО"));
    // initials and numerals stay, and so does a word of a name that reads as no Russian name
    assertThat(normalizer.analyze("ZAVOD IMENI A I BERGA").tokens()).contains("ai");
    assertThat(normalizer.analyze("Blackstone Fund I Partners").tokens()).contains("i");
    assertThat(normalizer.analyze("Kasa Na Rynku").tokens()).contains("na");
  }

  @Test
  void spellsRussianWordBeginningsAsEnglishDoes() {
    assertThat(coreOf("Нижегородское АО «Гидромаш»")).isEqualTo(coreOf("Nizhny Novgorod JSC Hydromash"));
  }

  @Test
  void readsAShipRepairPlantAsTheShipbuildingTheListsPrint() {
    assertThat(coreOf("АО «Новороссийский судоремонтный завод»")).isEqualTo(coreOf("Novorossiysk Shipbuilding JSC"));
  }

  @Test
  void readsAMisspeltBusinessWordButNotABrandBuiltOnIt() {
    assertThat(coreOf("Nauchno Proizvodstvemnnoe Predpriyatie Region"))
        .isEqualTo(coreOf("Nauchno Proizvodstvennoe Predpriyatie Region"));
    assertThat(normalizer.analyze("Electronintorg").tokens()).containsExactly("electronintorg");
  }

  @Test
  void aFactoryIsAPlant() {
    assertThat(coreOf("Kazan Helicopter Factory")).isEqualTo(coreOf("Казанский вертолетный завод"));
  }

  @Test
  void saysWhichRussianWordsWereRead() {
    assertThat(normalizer.analyze("Муромский приборостроительный завод").transliteration())
        .contains("Russian read as").contains("zavod=plant");
  }

  @Test
  void leavesEnglishNamesAlone() {
    assertThat(normalizer.analyze("Panda Electronics Group").tokens())
        .containsExactly("panda", "electronic", "group");
    assertThat(normalizer.analyze("Boeing Company").transliteration()).isEmpty();
  }

  @Test
  void readsACorrectlySpeltStemBeforeAMisspellingOfAnother() {
    assertThat(coreOf("АО «Объединённая судостроительная корпорация»"))
        .isEqualTo(coreOf("Joint Stock Company United Shipbuilding Corporation"));
    assertThat(normalizer.analyze("Научно-производственное объединение").tokens())
        .containsExactly("research", "production", "association");
  }

  @Test
  void stillReadsAMisspeltTwoWordPhraseAsAWhole() {
    assertThat(coreOf("NAUCHNO POIZVODSTVENNOE PREDPRIYATIE ITELMA"))
        .isEqualTo(coreOf("Scientific Production Enterprise Itelma"));
  }

  @Test
  void readsOrdinalsAsTheirNumber() {
    assertThat(coreOf("АО «61 Бронетанковый ремонтный завод»")).isEqualTo(coreOf("61st Armored Repair Plant JSC"));
    assertThat(normalizer.analyze("929-й лётно-испытательный центр").tokens())
        .containsExactly("929", "flight", "testing", "center");
    assertThat(normalizer.analyze("33rd Institute").tokens()).containsExactly("33", "institute");
  }

  @Test
  void keepsOrdinalsTheWordVariantsSpellOut() {
    assertThat(normalizer.analyze("1st International Bank").tokens()).containsExactly("first", "international", "bank");
  }

  @Test
  void keepsARepeatedWordInEveryScript() {
    // a name given twice meets the name given once in matching, which pairs a repeated word (Alignment)
    assertThat(coreOf("Акционерное Общество «Авангард» АО «Авангард»")).containsExactly("avangard", "avangard");
    assertThat(coreOf("Markel CJSC (Markel)")).containsExactly("markel", "markel");
    assertThat(coreOf("АО «Научно-исследовательский институт «Полюс»"))
        .containsExactly("institute", "polyus", "research", "research");
  }

  @Test
  void readsEnglishWordsSpeltInRussianAsEnglish() {
    assertThat(coreOf("ООО «Алабуга Машинери»")).isEqualTo(coreOf("Limited Liability Company Alabuga Machinery"));
    assertThat(coreOf("ООО «Ай Ти Солюшн»")).isEqualTo(coreOf("Ay Ti Solution LLC"));
    assertThat(coreOf("АО «Эмердженси Диджитал Солюшенс»")).isEqualTo(coreOf("Emergency Digital Solutions LLC"));
    assertThat(coreOf("ООО «Эссет Автоматизация»")).isEqualTo(coreOf("Asset Automation LLC"));
    assertThat(coreOf("ООО «Алабуга Эксим»")).isEqualTo(coreOf("Alabuga Exim LLC"));
  }

  @Test
  void translatesMoreInstitutionWords() {
    assertThat(coreOf("Фонд национального благосостояния Российской Федерации"))
        .isEqualTo(coreOf("National Wealth Fund of the Russian Federation"));
    assertThat(coreOf("Императорский Тульский оружейный завод")).isEqualTo(coreOf("Imperial Tula Arms Plant"));
    assertThat(coreOf("АО «Адмиралтейские верфи»")).isEqualTo(coreOf("Admiralty Shipyards JSC"));
    assertThat(coreOf("Завод шампанских вин «Новый Свет»")).isEqualTo(coreOf("Factory of Sparkling Wine Novy Svet"));
  }

  @Test
  void readsMorePlaceAdjectivesAsTheirPlace() {
    assertThat(coreOf("АО «Улан-Удэнский авиационный завод»")).isEqualTo(coreOf("JSC Ulan-Ude Aviation Plant"));
    assertThat(coreOf("АО «Сызранский нефтеперерабатывающий завод»")).isEqualTo(coreOf("OJSC Syzran Refinery"));
    assertThat(coreOf("АО «Долгопрудненское конструкторское бюро автоматики»"))
        .isEqualTo(coreOf("Dolgoprudniy Design Bureau of Automatics"));
    assertThat(coreOf("Сколковский институт науки и технологий"))
        .isEqualTo(coreOf("Skolkovo Institute of Science and Technology"));
  }

  @Test
  void readsCrimeaAndCrimeanAsOne() {
    assertThat(coreOf("Крымское предприятие")).isEqualTo(coreOf("Crimean Enterprise"));
  }

  @Test
  void translatesCommonWordsOfRussianOrganisationNames() {
    assertThat(coreOf("Судостроительный завод «Залив»")).isEqualTo(coreOf("Shipyard Zaliv"));
    assertThat(coreOf("АО «Северо-Западный региональный центр»")).isEqualTo(coreOf("JSC North Western Regional Center"));
    assertThat(coreOf("Московский физико-технический институт"))
        .isEqualTo(coreOf("Moscow Institute of Physics and Technology"));
    assertThat(coreOf("Радиотехнический институт имени академика А.Л. Минца"))
        .isEqualTo(coreOf("Academician A.L. Mints Radio Engineering Institute"));
    assertThat(coreOf("Корпорация Тактическое Ракетное Вооружение")).isEqualTo(coreOf("Tactical Missiles Corporation"));
    assertThat(coreOf("ООО «Управляющая компания Абамет»"))
        .isEqualTo(coreOf("LIMITED LIABILITY COMPANY MANAGEMENT COMPANY ABAMET"));
    assertThat(coreOf("UPRAVLYAYUSHCHAYA KOMPANIYA KHOLDINGA BELAZ"))
        .isEqualTo(coreOf("Management Company of Belaz Holding"));
  }

  @Test
  void readsTheEnglishPrefixEWrittenInCyrillicAsE() {
    assertThat(normalizer.analyze("ООО «Стрелой Е-Коммерц»").tokens())
        .containsExactly("llc", "streloy", "e", "kommerts");
    assertThat(normalizer.analyze("им. Р. Е. Алексеева").tokens()).contains("ye"); // an initial stays BGN/PCGN's
  }

  @Test
  void readsUkrainianBelarusianAndCentralAsianLegalForms() {
    // "Вiдкрите" with a Latin i inside the Cyrillic word
    assertThat(coreOf("Вiдкрите акцiонерне товариство «Пеленг»")).containsExactly("peleng");
    assertThat(coreOf("ААТ «Мінскі завод колавых цягачоў»")).isEqualTo(coreOf("Minsk Wheel Tractor Plant"));
    assertThat(coreOf("«ПроффЛаб» жоопкерчилиги чектелген коому")).containsExactly("profflab");
  }

  @Test
  void readsARussianOrganisationsDesignationAsItsKindNotItsName() {
    assertThat(kindsOf("НПП «Исток»"))
        .isEqualTo("research:INDUSTRY production:INDUSTRY enterprise:INDUSTRY istok:NAME");
    assertThat(kindsOf("Research and Production Corporation Istok"))
        .isEqualTo("research:INDUSTRY production:INDUSTRY corp:LEGAL_FORM istok:NAME");
    assertThat(kindsOf("ООО Торговый дом «Лобаев Армс»"))
        .isEqualTo("llc:LEGAL_FORM trading:INDUSTRY house:INDUSTRY lobayev:NAME arms:NAME");
    assertThat(kindsOf("Omsk Production Union Irtysh"))
        .isEqualTo("omsk:NAME production:INDUSTRY union:INDUSTRY irtysh:NAME");
  }

  @Test
  void keepsProductionAndHouseAsNamesOutsideADesignation() {
    assertThat(kindsOf("Paramount Production Company")).isEqualTo("paramount:NAME production:NAME co:LEGAL_FORM");
    assertThat(kindsOf("Liberty House Trading LLC")).isEqualTo("liberty:NAME house:NAME trading:GENERIC llc:LEGAL_FORM");
    assertThat(kindsOf("Gurgen House")).isEqualTo("gurgen:NAME house:NAME");
  }

  private String kindsOf(String name) {
    AnalyzedName analyzed = normalizer.analyze(name);
    return java.util.stream.IntStream.range(0, analyzed.tokens().size())
        .mapToObj(i -> analyzed.tokens().get(i) + ":" + analyzed.kinds().get(i))
        .collect(java.util.stream.Collectors.joining(" "));
  }
}
