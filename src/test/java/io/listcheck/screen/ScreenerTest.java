package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenerTest {
  private static final ListEntry OFAC = ListEntry.builder("ofac-nonsdn", "33111", "SZ DJI TECHNOLOGY CO., LTD.", EntityType.ORGANIZATION).build();
  private static final ListEntry CSL_MIRROR = ListEntry.builder("trade-csl", "cmic-33111", "SZ DJI TECHNOLOGY CO., LTD.", EntityType.ORGANIZATION)
      .subList("CMIC").linkedTo("ofac-nonsdn:33111").build();
  private static final ListEntry CSL_EL = ListEntry.builder("trade-csl", "el-0123456789ab", "SZ DJI Technology Co., Ltd.", EntityType.ORGANIZATION)
      .subList("EL").build();

  private static List<String> hitIds(List<ListEntry> lists) {
    Screener screener = new Screener(NameMatcher.over(lists, MatchSettings.DEFAULTS));
    return screener.screen(new SupplierRecord(1, 2, "SZ DJI Technology Co Ltd", "", ""))
        .hits().stream().map(h -> h.entry().id()).toList();
  }

  @Test
  void reportsAListingMirroredByTheCslOnceUnderTheOfacEntry() {
    assertThat(hitIds(List.of(OFAC, CSL_MIRROR, CSL_EL))).containsExactlyInAnyOrder("ofac-nonsdn:33111", "trade-csl:el-0123456789ab");
  }

  @Test
  void keepsTheCslMirrorWhenTheOfacListIsNotLoaded() {
    assertThat(hitIds(List.of(CSL_MIRROR))).containsExactly("trade-csl:cmic-33111");
  }
}
