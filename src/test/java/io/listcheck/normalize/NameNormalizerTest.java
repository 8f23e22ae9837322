package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class NameNormalizerTest {
  private final NameNormalizer normalizer = new NameNormalizer();

  @Test
  void foldsCaseDiacriticsAndPunctuation() {
    assertThat(normalizer.fold("Société Générale S.A.")).isEqualTo("societe generale sa");
    assertThat(normalizer.fold("  ＡＢＣ　Ｃｏ．，Ｌｔｄ．")).isEqualTo("abc co ltd");
  }

  @Test
  void readsSzAsTheShenzhenItAbbreviates() {
    assertThat(normalizer.analyze("SZ DJI Technology Co Ltd").tokens())
        .isEqualTo(normalizer.analyze("Shenzhen DJI Technology Co., Ltd.").tokens());
    assertThat(normalizer.analyze("SZ DJI Technology Co Ltd").kinds().get(0)).isEqualTo(TokenKind.LOCALITY);
  }

  @Test
  void readsAmpersandAsAnd() {
    assertThat(normalizer.fold("Procter & Gamble")).isEqualTo(normalizer.fold("Procter and Gamble"));
  }

  @Test
  void joinsApostrophesAndTheQuestionMarkBisPrintsForThem() {
    assertThat(normalizer.fold("AL-NU'MAN TRADING")).isEqualTo("al numan trading");
    assertThat(normalizer.fold("AL-NU?MAN TRADING")).isEqualTo("al numan trading");
    assertThat(normalizer.fold("Xi’an Aircraft")).isEqualTo("xian aircraft");
  }

  @Test
  void joinsInitials() {
    assertThat(normalizer.fold("Z.T.E. Corp")).isEqualTo("zte corp");
    assertThat(normalizer.fold("J.P. Morgan")).isEqualTo("jp morgan");
  }

  @Test
  void aDottedAbbreviationIsNotJoinedToItsNeighbours() {
    assertThat(normalizer.analyze("FLEURETTE ENERGY I B.V.").tokens())
        .isEqualTo(normalizer.analyze("fleurette energy i bv").tokens());
    assertThat(normalizer.analyze("VALPARK S.A. C.V.").coreKey()).isEqualTo("valpark");
    assertThat(normalizer.fold("T.G.A. D.O.O. ZA TRGOVINU")).isEqualTo("tga doo za trgovinu");
  }

  @Test
  void transliteratesCyrillicTheWayUsListsDo() {
    assertThat(normalizer.fold("Сбербанк России")).isEqualTo("sberbank rossii");
    assertThat(normalizer.fold("Ростех")).isEqualTo("rostekh");
  }

  @Test
  void transliteratesGreekAndArabic() {
    assertThat(normalizer.fold("Ελληνική Εταιρεία")).isEqualTo("ellenike etaireia");
    assertThat(normalizer.fold("شركة")).matches("[a-z ]+");
  }

  @Test
  void readsChineseBusinessWordsInEnglishAndTheRestAsPinyin() {
    assertThat(normalizer.fold("华为技术有限公司")).isEqualTo("huawei technology co ltd");
    assertThat(normalizer.fold("深圳市大疆创新科技有限公司")).isEqualTo("shenzhen dajiang innovation technology co ltd");
    assertThat(normalizer.fold("中国长城科技集团股份有限公司")).isEqualTo("china great wall technology group co ltd");
    assertThat(normalizer.fold("熊猫电子集团有限公司")).isEqualTo("panda electronics group co ltd");
  }

  @Test
  void recognisesLegalFormsInAnyScript() {
    assertThat(normalizer.analyze("ООО Ромашка").tokens()).containsExactly("llc", "romashka");
    assertThat(normalizer.analyze("Romashka Limited Liability Company").tokens()).containsExactly("romashka", "llc");
    assertThat(normalizer.analyze("ПАО Газпром").tokens()).containsExactly("jsc", "gazprom");
    assertThat(normalizer.analyze("Grupo Bimbo S.A. de C.V.").tokens()).containsExactly("group", "bimbo", "sa");
    assertThat(normalizer.analyze("Top Glove Sdn. Bhd.").tokens()).containsExactly("top", "glove", "ltd");
    assertThat(normalizer.analyze("ABC Co., Ltd.").tokens())
        .isEqualTo(normalizer.analyze("ABC Company Limited").tokens())
        .isEqualTo(normalizer.analyze("ABC有限公司").tokens());
    assertThat(normalizer.analyze("ABC GmbH").kinds()).containsExactly(TokenKind.NAME, TokenKind.LEGAL_FORM);
    assertThat(normalizer.analyze("Mecatech (Private) Ltd").tokens()).containsExactly("mecatech", "ltd");
  }

  @Test
  void motorIsAWordNotAVesselDesignation() {
    AnalyzedName ford = normalizer.analyze("Ford Motor Company");
    assertThat(ford.tokens()).containsExactly("ford", "motor", "co");
    assertThat(ford.kinds().get(1)).isNotEqualTo(TokenKind.LEGAL_FORM);
  }

  @Test
  void canonicalisesBusinessWordVariants() {
    assertThat(normalizer.analyze("Hikvision Digital Tech").tokens()).containsExactly("hikvision", "digital", "technology");
    assertThat(normalizer.analyze("Semiconductor Mfg Intl").tokens())
        .isEqualTo(normalizer.analyze("Semiconductor Manufacturing International").tokens());
    assertThat(normalizer.analyze("China Communications Constr Co Ltd").tokens())
        .isEqualTo(normalizer.analyze("China Communications Construction Company Limited").tokens());
  }

  @Test
  void correctsMisspeltBusinessWordsAndSaysSo() {
    AnalyzedName name = normalizer.analyze("Stystems Electronics Compnay");
    assertThat(name.tokens()).containsExactly("system", "electronic", "co");
    assertThat(name.transliteration()).isEqualTo("read as business words: stystems as systems, compnay as company");
    assertThat(normalizer.analyze("Systems Electronics Company").transliteration()).isEmpty();
  }

  @Test
  void theOneWordOfANameIsNeverReadAsABusinessWord() {
    assertThat(normalizer.analyze("Cenntro Inc.").tokens()).containsExactly("cenntro", "corp");
    assertThat(normalizer.analyze("Cenntro").tokens()).containsExactly("cenntro");
    assertThat(normalizer.analyze("Joint Stock Company Cenntro").tokens()).containsExactly("jsc", "cenntro");
    assertThat(normalizer.analyze("Cenntro Electric Group").tokens()).containsExactly("center", "electric", "group");
    // a name of legal-form words only is still read as them
    assertThat(normalizer.analyze("Compnay Ltd").tokens()).containsExactly("co", "ltd");
  }

  @Test
  void anIndividualsNameHasNoLegalForm() {
    AnalyzedName said = normalizer.analyze("SA-ID");
    assertThat(said.kinds()).containsExactly(TokenKind.LEGAL_FORM, TokenKind.NAME);
    assertThat(said.asPersonName().kinds()).containsExactly(TokenKind.NAME, TokenKind.NAME);
    assertThat(said.asPersonName().coreKey()).isEqualTo("said");
  }

  @Test
  void russianHonoreesAreHonoreeWords() {
    AnalyzedName name = normalizer.analyze("АО «Сплав» имени А.Н. Ганичева»");
    assertThat(name.tokens()).containsExactly("jsc", "splav", "an", "ganichev");
    assertThat(name.kinds()).containsExactly(TokenKind.LEGAL_FORM, TokenKind.NAME, TokenKind.HONOREE,
        TokenKind.HONOREE);
  }

  @Test
  void readsRussianPlaceAdjectivesAndBusinessWordsAsTheListsDo() {
    assertThat(normalizer.analyze("АО «Ангарская нефтехимическая компания»").tokens())
        .isEqualTo(normalizer.analyze("OJSC Angarsk Petrochemical Company").tokens());
    assertThat(normalizer.analyze("Минский завод").tokens()).containsExactly("minsk", "plant");
    // a Russian word the lists translate is read by the table, not as a misspelt English word two letters away
    assertThat(normalizer.analyze("Институт Материалов").tokens()).containsExactly("institute", "material");
  }

  @Test
  void marksGenericWords() {
    AnalyzedName name = normalizer.analyze("Lenovo (United States) Inc.");
    assertThat(name.kinds()).containsExactly(TokenKind.NAME, TokenKind.GENERIC, TokenKind.LEGAL_FORM);
  }

  static Stream<String> randomNames() {
    Random random = new Random(20261121L);
    String[] alphabet = {"a", "Z", "é", "ß", "ɢ", "İ", "ﬁ", "Ω", "ж", "Щ", "ї", "华", "为", "科技", "有限公司", "ش", "ა",
        "한", "ｱ", "-", "'", "?", "&", ".", " ", "　", "1", "²", "ǅ", "ẞ", "Σ", "ς", "·", "ʹ"};
    return IntStream.range(0, 400).mapToObj(i -> {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int k = 0; k < length; k++) {
        s.append(alphabet[random.nextInt(alphabet.length)]);
      }
      return s.toString();
    });
  }

  @ParameterizedTest
  @MethodSource("randomNames")
  void foldingIsIdempotent(String name) {
    String once = normalizer.fold(name);
    assertThat(normalizer.fold(once)).isEqualTo(once);
    assertThat(once).matches("[a-z0-9 ]*");
  }
}
