package io.listcheck.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void screensSection1260hCompaniesUnderTheirChineseLegalNames() {
    assertThat(coreOf("腾讯控股有限公司")).isEqualTo(coreOf("Tencent Holdings Limited"));
    assertThat(coreOf("宁德时代新能源科技股份有限公司")).isEqualTo(coreOf("Contemporary Amperex Technology Co., Ltd."));
    assertThat(coreOf("京东方科技集团股份有限公司")).isEqualTo(coreOf("BOE Technology Group Company Limited"));
    assertThat(coreOf("中国兵器工业集团有限公司")).isEqualTo(coreOf("China North Industries Group Corporation Limited"));
    assertThat(coreOf("普联技术有限公司")).isEqualTo(coreOf("TP-Link Technologies Co., Ltd."));
    assertThat(coreOf("曙光信息产业股份有限公司")).isEqualTo(coreOf("Dawning Information Industry Co., Ltd."));
  }

  @Test
  void screensUflpaEntityListCompaniesUnderTheirChineseLegalNames() {
    assertThat(coreOf("合盛硅业（鄯善）有限公司")).isEqualTo(coreOf("Hoshine Silicon Industry (Shanshan) Co., Ltd"));
    assertThat(coreOf("新疆东方希望有色金属有限公司")).isEqualTo(coreOf("Xinjiang East Hope Nonferrous Metals Co., Ltd."));
    assertThat(coreOf("新疆大全新能源股份有限公司")).isEqualTo(coreOf("Xinjiang Daqo New Energy Co., Ltd."));
    assertThat(coreOf("新疆天山毛纺织股份有限公司")).isEqualTo(coreOf("Xinjiang Tianshan Wool Textile Co. Ltd."));
    assertThat(coreOf("特变电工股份有限公司")).isEqualTo(coreOf("TBEA Co., Ltd."));
    assertThat(coreOf("晨光生物科技集团股份有限公司")).isEqualTo(coreOf("Chenguang Biotech Group Co., Ltd."));
  }

  @Test
  void segmentsAPlaceOfRegistrationAsItsOwnWord() {
    // left to pinyin, 新疆 ran into the name after it: "xinjianghabaheashelei"
    assertThat(normalizer.analyze("新疆哈巴河阿舍勒铜业股份有限公司").tokens()).startsWith("xinjiang");
    assertThat(normalizer.analyze("双良硅材料（包头）有限公司").tokens()).contains("silicon", "baotou");
  }

  @Test
  void readsAChineseNamesTradeWordsAsIndustryInEveryReading() {
    assertThat(normalizer.analyze("中兴通讯股份有限公司").kinds())
        .containsExactly(TokenKind.NAME, TokenKind.INDUSTRY, TokenKind.LEGAL_FORM, TokenKind.LEGAL_FORM);
    assertThat(normalizer.analyze("ZTE Communications Co., Ltd.").kinds()).doesNotContain(TokenKind.INDUSTRY);
    // a name with Cyrillic is read through readings(), which must read it as analyze() does (found by the fuzzer)
    String mixed = "深圳科技 ООО";
    assertThat(normalizer.readings(mixed).get(0).name()).isEqualTo(normalizer.analyze(mixed));
    assertThat(normalizer.analyze(mixed).kinds()).contains(TokenKind.INDUSTRY);
  }

  @Test
  void readsNumberedInstitutesAsEnglishOrdinals() {
    assertThat(coreOf("中国电子科技集团公司第十四研究所")).contains("14institute");
    assertThat(normalizer.analyze("第五十四研究所").tokens()).startsWith("54");
    assertThat(normalizer.analyze("第二〇三研究所").tokens()).startsWith("203");
    assertThat(normalizer.analyze("第一百零三研究所").tokens()).startsWith("103");
    assertThat(normalizer.analyze("第一汽车").tokens()).startsWith("first");
    assertThat(normalizer.analyze("三一重工").tokens()).doesNotContain("31"); // numerals without 第 are a name
  }

  @Test
  void readsCharactersWithSeveralReadingsAsNamesDo() {
    assertThat(normalizer.analyze("长光卫星技术股份有限公司").tokens()).startsWith("changguang");
    assertThat(normalizer.analyze("江西洪都航空工业股份有限公司").tokens()).contains("hongdu");
    assertThat(normalizer.analyze("中船黄埔文冲船舶有限公司").tokens()).contains("huangpuwenchong");
  }

  @Test
  void chineseIsChina() {
    assertThat(normalizer.analyze("中国工程物理研究院").tokens())
        .containsExactlyInAnyOrderElementsOf(normalizer.analyze("Chinese Academy of Engineering Physics").tokens());
  }

  @Test
  void biotechIsBiotechnology() {
    assertThat(coreOf("Chenguang Biotechnology Group")).isEqualTo(coreOf("Chenguang Biotech Group"));
  }

  @Test
  void readsCommonBusinessWordsRatherThanPinyin() {
    // left to pinyin, 开发 became "kaifa", an identifying word no English name has
    assertThat(coreOf("北京市商汤科技开发有限公司")).isEqualTo(coreOf("Beijing SenseTime Technology Development Co., Ltd."));
    assertThat(coreOf("上海振华航运有限公司")).isEqualTo(coreOf("Shanghai Zhenhua Shipping Co. Ltd."));
    assertThat(normalizer.analyze("上海电气风电集团股份有限公司").tokens())
        .containsExactly("shanghai", "electric", "wind", "power", "group", "co", "ltd");
  }

  @Test
  void readsKejiAsTechnologyAndScienceAndTechnologyAlike() {
    // 科技 is "Technology" in most English names ("Hesai Technology") and "Science and Technology" in others
    assertThat(coreOf("禾赛科技有限公司")).isEqualTo(coreOf("Hesai Technology Co., Ltd."));
    assertThat(coreOf("中国航天科技集团有限公司")).isEqualTo(coreOf("China Aerospace Science and Technology Corporation"));
    assertThat(coreOf("China Aerospace Sci & Tech Corp")).isEqualTo(coreOf("China Aerospace Technology Corp"));
    assertThat(normalizer.analyze("CETC Potevio Science & Technology Co., Ltd").transliteration())
        .contains("science and technology read as technology");
  }

  @Test
  void keepsScienceWhereNoAndJoinsItToTechnology() {
    assertThat(normalizer.analyze("Sci-Tech Global").tokens()).containsExactly("science", "technology", "global");
    assertThat(normalizer.analyze("Technology and Science Park").tokens()).contains("science", "technology");
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

  @Test
  void readsAWordTheBodiesRenderSeveralWaysInEachRendering() {
    List<NameNormalizer.Reading> readings = normalizer.readings("西北工业大学");
    assertThat(readings).extracting(r -> r.name().tokens()).containsExactly(
        List.of("northwest", "technology", "university"), List.of("northwest", "polytechnical", "university"));
    // the other reading stands for a listed name only where its words pair with it
    assertThat(readings.get(1).mustPair()).containsExactly("polytechnical", "university");
    assertThat(readings.get(1).name().transliteration()).contains("工业大学=polytechnical university");
  }

  @Test
  void readsTheChineseArmyAsThePla() {
    assertThat(normalizer.analyze("中国人民解放军国防科技大学").tokens())
        .containsExactly("pla", "national", "defense", "technology", "university");
  }

  @Test
  void readsChinesePartnershipFormsAsLegalForms() {
    assertThat(coreOf("深圳市创新投资合伙企业（有限合伙）")).isEqualTo(coreOf("Shenzhen Innovation Investment LP"));
    assertThat(normalizer.analyze("创新投资合伙企业（有限合伙）").kinds())
        .containsExactly(TokenKind.INDUSTRY, TokenKind.INDUSTRY, TokenKind.LEGAL_FORM, TokenKind.LEGAL_FORM);
  }
}
