package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chinese legal names meet the English names US lists print. */
class ChineseNamesTest {
  private final NameNormalizer normalizer = new NameNormalizer();

  private String coreOf(String name) {
    return normalizer.analyze(name).coreKey();
  }

  @Test
  void screensHikvisionUnderItsChineseName() {
    assertThat(coreOf("杭州海康威视数字技术股份有限公司"))
        .isEqualTo(coreOf("Hangzhou Hikvision Digital Technology Co., Ltd."));
  }

  @Test
  void readsBrandsOfListedCompaniesFromTheBrandTable() {
    assertThat(normalizer.analyze("浪潮集团有限公司").tokens()).containsExactly("inspur", "group", "co", "ltd");
    assertThat(normalizer.analyze("中兴通讯股份有限公司").tokens()).startsWith("zte");
    assertThat(coreOf("中芯国际集成电路制造有限公司")).isEqualTo(coreOf("Semiconductor Manufacturing International Corp"));
  }

  @Test
  void marksBrandTableWordsInTheExplanation() {
    assertThat(normalizer.analyze("海能达通信股份有限公司").transliteration())
        .contains("海能达=hytera " + NameNormalizer.BRAND_TABLE_NOTE);
    assertThat(normalizer.analyze("熊猫电子集团有限公司").transliteration())
        .doesNotContain(NameNormalizer.BRAND_TABLE_NOTE);
  }

  @Test
  void translatesIndustryWordsAsListsDo() {
    assertThat(coreOf("熊猫电子集团有限公司")).isEqualTo(coreOf("Panda Electronics Group Co., Ltd."));
    assertThat(coreOf("福建火炬电子科技股份有限公司")).contains("torch", "electronic");
    assertThat(normalizer.analyze("中船海洋与防务装备").tokens()).doesNotContain("yu");
  }

  @Test
  void optronicIsOptoelectronics() {
    assertThat(coreOf("Jonhon Optronic")).isEqualTo(coreOf("Jonhon Optoelectronics"));
  }
}
