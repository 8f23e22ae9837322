package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dotted abbreviations and multi-word legal forms as vendor masters write them: dots dropped, words run together or
 * spaced differently ("S.A.DE C.V." as "sade cv", "Sp. z o.o." as "sp z oo").
 */
class JoinedAbbreviationsTest {
  private final NameNormalizer normalizer = new NameNormalizer();

  @Test
  void readsALegalFormWithItsWordsRunTogether() {
    assertThat(normalizer.analyze("accesos electronicos sade cv").tokens()).containsExactly("accesos", "electronic", "sa");
    assertThat(normalizer.analyze("ACCESOS ELECTRONICOS S.A.DE C.V.").tokens())
        .containsExactly("accesos", "electronic", "sa");
    assertThat(normalizer.analyze("Grupo Bimbo SADECV").tokens()).containsExactly("group", "bimbo", "sa");
    assertThat(normalizer.analyze("Shenzhen Sunwin COLTD").tokens()).containsExactly("shenzhen", "sunwin", "co", "ltd");
  }

  @Test
  void readsPolishSpZooHoweverItsDotsAreSpaced() {
    assertThat(normalizer.analyze("FABERLIC EUROPE Sp. z o.o.").tokens()).containsExactly("faberlic", "europe", "llc");
    assertThat(normalizer.analyze("Faberlic Europe Sp.z o.o.").tokens()).containsExactly("faberlic", "europe", "llc");
    assertThat(normalizer.analyze("Faberlic Europe spzoo").tokens()).containsExactly("faberlic", "europe", "llc");
  }

  @Test
  void readsDottedInitialsWhoseLastDotIsMissing() {
    assertThat(normalizer.fold("HODROJ EXCHANGE S.A.R.L")).isEqualTo("hodroj exchange sarl");
    assertThat(normalizer.analyze("Power S.A.L").tokens()).containsExactly("power", "sa");
    assertThat(normalizer.fold("J.P.Morgan")).isEqualTo("jp morgan");
  }

  @Test
  void readsALongLegalFormWithItsFirstWordMisspelt() {
    assertThat(normalizer.analyze("Tactical Missiles Corporation Joynt Stock Company").tokens())
        .containsExactly("tactical", "missiles", "corp", "jsc");
    assertThat(normalizer.analyze("Limitd Liability Company Romashka").tokens()).containsExactly("llc", "romashka");
  }

  @Test
  void aMisspeltFirstWordNeedsTheRestOfTheLegalForm() {
    assertThat(normalizer.analyze("Joynt Stock").tokens()).containsExactly("joynt", "stock");
    assertThat(normalizer.analyze("Point Stock Company").tokens()).startsWith("point");
  }

  @Test
  void readsDutchSurnameParticlesWrittenApartOrTogether() {
    assertThat(normalizer.analyze("van der bilt corp").tokens())
        .isEqualTo(normalizer.analyze("Vanderbilt Corporation").tokens()).containsExactly("vanderbilt", "corp");
    assertThat(normalizer.analyze("Van de Velde NV").tokens()).containsExactly("vandevelde", "sa");
  }

  @Test
  void keepsRomanceArticlesApart() {
    assertThat(normalizer.analyze("Banco de la Nacion Argentina").tokens()).containsExactly("banco", "nacion", "argentina");
    assertThat(normalizer.analyze("Van Oord").tokens()).containsExactly("van", "oord");
  }

  @Test
  void aShortWordIsNotALegalFormRunTogether() {
    // "sade" (the singer, the marquis) and "decv" are no legal form alone; "zoo" needs its "sp"
    assertThat(normalizer.analyze("Sade Music").kinds()).containsExactly(TokenKind.NAME, TokenKind.NAME);
    assertThat(normalizer.analyze("Zoo Holdings de CV").tokens()).startsWith("zoo");
    assertThat(normalizer.analyze("Spirit Zoo").tokens()).containsExactly("spirit", "zoo");
  }
}
