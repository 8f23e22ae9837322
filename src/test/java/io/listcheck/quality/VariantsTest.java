package io.listcheck.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.normalize.EditDistance;
import org.junit.jupiter.api.Test;

class VariantsTest {
  private final Variants variants = new Variants(1L);

  @Test
  void swapsLegalFormsTheWayVendorsDo() {
    assertThat(variants.legalFormSwap("HUAWEI TECHNOLOGIES CO., LTD.")).contains("HUAWEI TECHNOLOGIES Company Limited");
    assertThat(variants.legalFormSwap("LIMITED LIABILITY COMPANY SBERBANK CAPITAL")).contains("OOO SBERBANK CAPITAL");
    assertThat(variants.legalFormSwap("HIKVISION")).contains("HIKVISION LLC");
  }

  @Test
  void reordersIdentifyingWordsAndKeepsTheLegalFormTogether() {
    assertThat(variants.wordOrder("PUBLIC JOINT STOCK COMPANY GAZPROM NEFT"))
        .contains("NEFT GAZPROM PUBLIC JOINT STOCK COMPANY");
    assertThat(variants.wordOrder("ZTE Corporation")).isEmpty();
    assertThat(variants.wordOrder("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU VTB FOREKS"))
        .contains("FOREKS VTB OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU");
  }

  @Test
  void keepsALegalFormOfSeveralWordsAndLeadingInitialsTogether() {
    assertThat(variants.wordOrder("FEDERAL STATE UNITARY ENTERPRISE DUKHOV AUTOMATICS RESEARCH INSTITUTE"))
        .contains("AUTOMATICS RESEARCH INSTITUTE DUKHOV FEDERAL STATE UNITARY ENTERPRISE");
    assertThat(variants.wordOrder("T N K FABRICS LIMITED")).contains("FABRICS T N K LIMITED");
    assertThat(variants.wordOrder("B R C S.A.")).isEmpty();
  }

  @Test
  void abbreviatesBusinessWords() {
    assertThat(variants.abbreviate("SEMICONDUCTOR MANUFACTURING INTERNATIONAL CORPORATION"))
        .contains("SEMICONDUCTOR Mfg Intl Corp");
    assertThat(variants.abbreviate("HIKVISION")).isEmpty();
  }

  @Test
  void typosChangeTheLongestWordByTheRequestedNumberOfEditsAtMost() {
    String typo = variants.typo("HANGZHOU HIKVISION DIGITAL", 2).orElseThrow();
    assertThat(typo).startsWith("HANGZHOU ").endsWith(" DIGITAL");
    assertThat(EditDistance.bounded(typo.split(" ")[1], "HIKVISION", 2)).isBetween(1, 2);
    assertThat(variants.typo("ZTE CORP", 1)).isEmpty();
  }

  @Test
  void aChangedLetterIsANeighbouringKeyEvenAtTheEndOfARow() {
    assertThat(Variants.neighbourKey('q')).isEqualTo('w');
    assertThat(Variants.neighbourKey('P')).isEqualTo('O');
    assertThat(Variants.neighbourKey('l')).isEqualTo('k');
    assertThat(Variants.neighbourKey('m')).isEqualTo('n');
  }

  @Test
  void punctuationVariantsDropOrAddPunctuation() {
    assertThat(variants.punctuation("SZ DJI Technology Co., Ltd.")).isEqualTo("sz dji technology co ltd");
    assertThat(variants.punctuation("PANDA ELECTRONICS GROUP")).isEqualTo("PANDA-ELECTRONICS GROUP");
  }
}
