package io.listcheck.source.dhs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.ListEntry;
import io.listcheck.source.Fixtures;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UflpaEntityListSourceTest {
  private final UflpaEntityListSource source = new UflpaEntityListSource();

  private ParsedList parse() throws Exception {
    return source.parse(Fixtures.raw("dhs-uflpa", UflpaEntityListSource.PAGE_FILE));
  }

  private ListEntry named(String name) throws Exception {
    return parse().entries().stream().filter(e -> e.primaryName().equals(name)).findFirst().orElseThrow();
  }

  private ParsedList parseHtml(Path dir, String html) throws Exception {
    Path page = Files.writeString(dir.resolve(UflpaEntityListSource.PAGE_FILE), html);
    return source.parse(new RawFiles(Map.of(UflpaEntityListSource.PAGE_FILE, page)));
  }

  @Test
  void readsEveryEntityTableAndIgnoresOtherTables() throws Exception {
    ParsedList list = parse();

    assertThat(list.entries()).hasSize(18);
    assertThat(list.entries()).extracting(ListEntry::primaryName).doesNotContain("FLETF");
    assertThat(list.asOf()).isEqualTo("2026-08-03");
  }

  @Test
  void keepsTheSectionOfTheStatuteAsSubList() throws Exception {
    assertThat(named("Hoshine Silicon Industry (Shanshan) Co., Ltd").subList()).isEqualTo("Section 2(d)(2)(B)(i)");
    assertThat(named("Xinjiang Zijin Zinc Industry").subList()).as("listed on two lists, one entry")
        .isEqualTo("Section 2(d)(2)(B)(ii); Section 2(d)(2)(B)(v)");
  }

  @Test
  void readsAnnouncedAliasesWithParenthesesInsideNames() throws Exception {
    ListEntry hoshine = named("Hoshine Silicon Industry (Shanshan) Co., Ltd");

    assertThat(hoshine.aliases()).containsExactly(new Alias("Hesheng Silicon Industry (Shanshan) Co.", AliasKind.AKA));
    assertThat(hoshine.scope()).isEqualTo("and subsidiaries");
    assertThat(hoshine.dates()).extracting(d -> d.date()).containsExactly("2022-06-21");
    assertThat(named("Dongguan Oasis Shoes Co., Ltd.").aliases()).extracting(Alias::name).containsExactly(
        "Dongguan Oasis Shoe Industry Co., Ltd.", "Dongguan Luzhou Shoes Co., Ltd.", "Dongguan Lvzhou Shoes Co., Ltd.");
  }

  @Test
  void readsFormerlyAndAlsoKnownAsNamesAndNonBreakingSpaces() throws Exception {
    assertThat(named("Xinjiang Goens Energy Technology Co., Ltd.").aliases()).containsExactly(
        new Alias("Xinjiang GCL New Energy Material Technology Co., Ltd.", AliasKind.FKA),
        new Alias("Xinjiang GCL New Energy Materials Technology Co., Ltd.", AliasKind.FKA));
    assertThat(named("Shandong Meijia Group Co., Ltd.").aliases()).containsExactly(new Alias("Rizhao Meijia Group", AliasKind.AKA));
    assertThat(named("Shihezi Xinren Battery Aluminum Foil Technology Co., Ltd.")).isNotNull();
  }

  @Test
  void listsNamedSubsidiariesAsEntitiesLinkedToTheirParent() throws Exception {
    ParsedList list = parse();

    assertThat(list.entries()).filteredOn(e -> e.linkedTo().contains("Ninestar Corporation")).extracting(ListEntry::primaryName)
        .containsExactly("Zhuhai Ninestar Information Technology Co., Ltd.", "Zhuhai Pantum Electronics Co., Ltd.",
            "Zhuhai Apex Microelectronics Co., Ltd.", "Geehy Semiconductor Co., Ltd.", "Zhuhai Pu-Tech Industrial Co., Ltd.",
            "Zhuhai Seine Printing Technology Co., Ltd.", "Zhuhai Ninestar Management Co., Ltd.", "Zhuhai Ninestar Technology Co., Ltd.");
    assertThat(named("Chenguang Biotechnology Group Yanqi Co. Ltd.").linkedTo()).containsExactly("Chenguang Biotech Group Co., Ltd.");
    assertThat(named("Xinjiang Production and Construction Corps").scope()).isEqualTo("and its subordinate and affiliated entities");
  }

  @Test
  void rejectsACellWhoseAliasCountDoesNotMatch(@TempDir Path dir) {
    String html = "<p><a>Section 2(d)(2)(B)(i)</a></p><table><thead><tr><th>Name of Entity</th><th>Effective Date</th></tr></thead>"
        + "<tbody><tr><td>Acme Co. (including three aliases: A Co.; and B Co.)</td><td>June 21, 2022</td></tr></tbody></table>";

    assertThatThrownBy(() -> parseHtml(dir, html)).isInstanceOf(ListFormatException.class)
        .hasMessage("uflpa-entity-list.html:1: the cell announces 3 aliases but lists 2: 'Acme Co. (including three aliases: A Co.; and B Co.)'");
  }

  @Test
  void detectsALayoutChange(@TempDir Path dir) {
    assertThatThrownBy(() -> parseHtml(dir, "<html><body><p>Page not found</p></body></html>"))
        .hasMessageStartingWith("uflpa-entity-list.html: page layout changed: no entity table");
    String renamedHeader = "<p><a>Section 2(d)(2)(B)(i)</a></p><table><thead><tr><th>Company</th><th>Added</th></tr></thead>"
        + "<tbody><tr><td>Acme Co.</td><td>June 21, 2022</td></tr></tbody></table>";
    assertThatThrownBy(() -> parseHtml(dir, renamedHeader))
        .hasMessage("uflpa-entity-list.html:1: page layout changed: expected the headers 'Name of Entity' / 'Effective Date', found [company, added]");
    String badDate = "<p><a>Section 2(d)(2)(B)(i)</a></p><table><thead><tr><th>Name of Entity</th><th>Effective Date</th></tr></thead>"
        + "<tbody><tr><td>Acme Co.</td><td>2022-06-21</td></tr></tbody></table>";
    assertThatThrownBy(() -> parseHtml(dir, badDate))
        .hasMessage("uflpa-entity-list.html:1: page layout changed: '2022-06-21' is not an effective date like 'June 21, 2022'");
  }
}
