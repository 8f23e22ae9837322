package io.listcheck.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntryKeysTest {

  @Test
  void slugsKeepEveryWordOfTheNameInOrder() {
    assertThat(EntryKeys.slug("Huawei Technologies Co., Ltd.")).isEqualTo("huawei-technologies-co-ltd");
    assertThat(EntryKeys.slug("Merit Automotive Electronics Systems S.L.U."))
        .isEqualTo("merit-automotive-electronics-systems-s-l-u");
    assertThat(EntryKeys.slug("Changan US R&D Center, Inc.")).isEqualTo("changan-us-r-and-d-center-inc");
  }

  @Test
  void slugsTransliterateWithoutTheMatchersWordTables() {
    assertThat(EntryKeys.slug("Société Générale")).isEqualTo("societe-generale");
    assertThat(EntryKeys.slug("Xi’an Aircraft")).isEqualTo("xian-aircraft");
    // the matcher reads 中兴 as its brand "ZTE"; a key must not move when that table learns a word
    assertThat(EntryKeys.slug("中兴通讯")).isEqualTo("zhong-xing-tong-xun");
    assertThat(EntryKeys.slug("ООО Ромашка")).isEqualTo("ooo-romaska");
  }

  @Test
  void hashesANameThatLeavesNoLettersOrDigits() {
    assertThat(EntryKeys.slug("—")).isEqualTo(EntryKeys.hash("—")).hasSize(12);
  }
}
