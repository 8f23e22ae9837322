package io.listcheck.source.statutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.match.Hit;
import io.listcheck.match.MatchSettings;
import io.listcheck.match.NameMatcher;
import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.ListEntry;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs on the reviewed file the repository ships, so a broken edit of it fails the build. */
class UsStatutesSourceTest {
  private static final Path CURATED = Path.of("lists/curated/us-statutes.csv");

  private static ParsedList curated() throws Exception {
    return new UsStatutesSource().parse(new RawFiles(Map.of(UsStatutesSource.FILE, CURATED)));
  }

  private static ListEntry entry(String key) throws Exception {
    return curated().entries().stream().filter(e -> e.id().equals("us-statutes:" + key)).findFirst().orElseThrow();
  }

  @Test
  void namesTheEightEntitiesOfSections889And1634And1709WithTheirCitation() throws Exception {
    ParsedList list = curated();

    assertThat(list.entries()).extracting(ListEntry::primaryName).containsExactly("Huawei Technologies Company", "ZTE Corporation",
        "Hytera Communications Corporation", "Hangzhou Hikvision Digital Technology Company", "Dahua Technology Company",
        "Kaspersky Lab", "Shenzhen Da-Jiang Innovations Sciences and Technologies Company Limited", "Autel Robotics");
    assertThat(list.entries()).allSatisfy(e -> {
      assertThat(e.programs()).singleElement().asString().containsPattern("Pub\\. L\\. 11[58]-\\d+");
      assertThat(e.scope()).isNotBlank();
    });
    assertThat(entry("ndaa889-hikvision").programs()).containsExactly("FY2019 NDAA §889(f)(3)(B) (Pub. L. 115-232); FAR 52.204-25(a)(2)");
    assertThat(entry("ndaa889-dahua").scope()).contains("(or any subsidiary or affiliate of such entities)");
    assertThat(entry("ndaa1634-kaspersky").scope()).contains("any successor entity");
    assertThat(list.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
  }

  @Test
  void keepsOriginalScriptNames() throws Exception {
    assertThat(entry("ndaa1634-kaspersky").aliases()).contains(new Alias("АО «Лаборатория Касперского»", AliasKind.ORIGINAL_SCRIPT));
    assertThat(entry("ndaa889-huawei").aliases()).contains(new Alias("华为技术有限公司", AliasKind.ORIGINAL_SCRIPT));
  }

  @Test
  void screensDjiUnderItsChineseName() throws Exception {
    List<Hit> hits = NameMatcher.over(curated().entries(), MatchSettings.DEFAULTS).match("深圳市大疆创新科技有限公司");

    assertThat(hits).extracting(h -> h.entry().id()).first().isEqualTo("us-statutes:ndaa1709-dji");
  }

  @Test
  void rejectsARowWithoutItsScope(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(UsStatutesSource.FILE);
    Files.writeString(file, String.join(",", UsStatutesSource.COLUMNS) + "\nx,FY2019 NDAA §889,c,Acme,,,,2026-01-01,\n");

    assertThatThrownBy(() -> new UsStatutesSource().parse(new RawFiles(Map.of(UsStatutesSource.FILE, file))))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("us-statutes.csv:2: no scope (every named entity needs its citation, scope and review date)");
  }
}
