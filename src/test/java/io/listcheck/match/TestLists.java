package io.listcheck.match;

import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.List;

/** A small in-memory list shaped like the real ones: NS-CMIC, SSI and FCC entries with their aliases and scopes. */
final class TestLists {
  static final String AFFILIATES = "equipment of the entity, its affiliates, subsidiaries and partners";

  private TestLists() {}

  /** The verdict {@code matcher} gives {@code supplier} on the test entry {@code entryKey}; clear when it has no hit. */
  static Verdict verdict(NameMatcher matcher, String supplier, String entryKey) {
    return hit(matcher, supplier, entryKey).map(Hit::verdict).orElse(Verdict.CLEAR);
  }

  /** The hit {@code matcher} gives {@code supplier} on the test entry {@code entryKey}, if any. */
  static java.util.Optional<Hit> hit(NameMatcher matcher, String supplier, String entryKey) {
    return matcher.match(supplier).stream().filter(h -> h.entry().id().equals("test:" + entryKey)).findFirst();
  }

  static ListEntry entry(String key, String name, String scope, String... aliases) {
    ListEntry.Builder b = ListEntry.builder("test", key, name, EntityType.ORGANIZATION).scope(scope);
    for (String alias : aliases) {
      b.alias(alias, alias.codePoints().anyMatch(c -> c > 0x2E80) ? AliasKind.ORIGINAL_SCRIPT : AliasKind.AKA);
    }
    return b.build();
  }

  static List<ListEntry> entries() {
    return List.of(
        entry("dji", "Shenzhen Da-Jiang Innovations Sciences and Technologies Company Limited", AFFILIATES,
            "DJI", "Da-Jiang Innovations", "SZ DJI Technology Co., Ltd.", "深圳市大疆创新科技有限公司"),
        entry("hikvision", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY CO., LTD.", "", "HIKVISION",
            "HANGZHOU HIKVISION DIGITAL TECHNOLOGY"),
        entry("hikvision-fcc", "Hangzhou Hikvision Digital Technology Company", AFFILIATES),
        entry("boe", "BOE TECHNOLOGY GROUP CO., LTD.", "", "BOE"),
        entry("panda", "PANDA ELECTRONICS GROUP CO., LTD.", "", "PANDA ELECTRONICS GROUP LIMITED"),
        entry("united", "UNITED COMPANY OJSC", "", "OJSC UNITED COMPANY", "PJSC 'UNITED COMPANY'"),
        entry("sberbank", "PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA", "", "SBERBANK ROSSII",
            "SBERBANK OF RUSSIA"),
        entry("huawei", "HUAWEI TECHNOLOGIES CO., LTD.", ""),
        entry("zte", "ZTE Corporation", ""),
        entry("dahua", "Dahua Technology Company", ""),
        entry("tplink", "TP-Link Technologies Co., Ltd.", ""),
        entry("cec", "CHINA ELECTRONICS CORPORATION", "", "CEC"),
        entry("ctg", "CHINA THREE GORGES CORPORATION", "", "CTG"),
        entry("telecom", "CHINA TELECOM CORPORATION LIMITED", "", "CHINA TELECOM"),
        entry("mobile", "CHINA MOBILE COMMUNICATIONS GROUP CO., LTD.", "", "CHINA MOBILE"),
        entry("avic", "AVIATION INDUSTRY CORPORATION OF CHINA, LTD.", "", "AVIC"),
        entry("gazprom", "PUBLIC JOINT STOCK COMPANY GAZPROM", "", "GAZPROM PAO", "GAZPROM"),
        entry("rosneft", "OPEN JOINT-STOCK COMPANY ROSNEFT OIL COMPANY", "", "ROSNEFT"),
        entry("semi", "SEMICONDUCTOR MANUFACTURING INTERNATIONAL CORPORATION", "", "SMIC"),
        entry("kaspersky", "AO Kaspersky Lab", "products supplied by AO Kaspersky Lab or any of its parents,"
            + " subsidiaries, or affiliates"),
        entry("nuclear", "CHINA NATIONAL NUCLEAR CORPORATION", "", "CNNC"),
        ListEntry.builder("test", "costar", "COSTAR GROUP CO., LTD.", EntityType.ORGANIZATION).country("China")
            .build());
  }
}
