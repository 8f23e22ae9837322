package io.listcheck.source.fcc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.source.Fixtures;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FccCoveredSourceTest {
  private final FccCoveredSource source = new FccCoveredSource();

  private ParsedList parse(String fixture, String asName) throws Exception {
    return source.parse(new RawFiles(Map.of(asName, Fixtures.path("/io/listcheck/source/fcc/" + fixture))));
  }

  private static List<String> ids(ParsedList parsed) {
    return parsed.entries().stream().map(ListEntry::id).toList();
  }

  @Test
  void takesEntityNamesFromTheBoldTextOfThePage() throws Exception {
    ParsedList parsed = parse("coveredlist.html", FccCoveredSource.PAGE_FILE);
    assertThat(parsed.entries()).filteredOn(e -> e.type() == EntityType.ORGANIZATION).extracting(ListEntry::primaryName)
        .containsExactly("Huawei Technologies Company", "AO Kaspersky Lab", "Pacific Networks Corp.", "ComNet (USA) LLC",
            "Shenzhen Da-Jiang Innovations Sciences and Technologies Company Limited", "Autel Robotics");
  }

  @Test
  void makesCategoryRowsCategoryEntries() throws Exception {
    ParsedList parsed = parse("coveredlist.html", FccCoveredSource.PAGE_FILE);
    assertThat(parsed.entries()).filteredOn(e -> e.type() == EntityType.CATEGORY).extracting(ListEntry::id)
        .containsExactly("fcc-covered:category-uas", "fcc-covered:category-routers", "fcc-covered:category-power-inverters");
    assertThat(parsed.entries()).filteredOn(e -> e.type() == EntityType.CATEGORY).allMatch(e -> !e.isNameMatchable());
  }

  @Test
  void carriesDjiAndAutelUnderTheUasRowWithTheNdaaCitation() throws Exception {
    ParsedList parsed = parse("coveredlist.html", FccCoveredSource.PAGE_FILE);
    ListEntry dji = parsed.entries().stream().filter(e -> e.id().equals("fcc-covered:ndaa1709-dji")).findFirst().orElseThrow();
    assertThat(dji.programs()).anyMatch(p -> p.contains("§1709(a)(1)"));
    assertThat(dji.allNames()).contains("DJI", "SZ DJI Technology Co., Ltd.", "深圳市大疆创新科技有限公司");
    assertThat(dji.dates()).anySatisfy(d -> assertThat(d.date()).isEqualTo("2025-12-22"));
  }

  @Test
  void splitsUpdatedStampsAndUsesTheNewestDateAsAsOf() throws Exception {
    ParsedList parsed = parse("coveredlist.html", FccCoveredSource.PAGE_FILE);
    assertThat(parsed.asOf()).isEqualTo("2026-07-28");
    ListEntry uas = parsed.entries().stream().filter(e -> e.id().equals("fcc-covered:category-uas")).findFirst().orElseThrow();
    assertThat(uas.dates()).extracting(d -> d.date()).containsExactly("2026-01-07", "2026-07-21");
  }

  @Test
  void stripsFootnoteMarkersFromTheText() throws Exception {
    ParsedList parsed = parse("coveredlist.html", FccCoveredSource.PAGE_FILE);
    assertThat(parsed.entries()).extracting(ListEntry::remarks).noneMatch(r -> r.matches(".*[†^£#].*"));
  }

  @Test
  void keepsTheRowTextAsLegalScope() throws Exception {
    ParsedList parsed = parse("coveredlist.html", FccCoveredSource.PAGE_FILE);
    assertThat(parsed.entries().get(1).scope()).contains("predecessors, successors, parents, subsidiaries, or affiliates");
  }

  @Test
  void readsTheFlattenedTableCopyWithGluedDatesAndScreenReaderText() throws Exception {
    ParsedList parsed = parse("coveredlist.csv", FccCoveredSource.TABLE_CSV_FILE);
    assertThat(ids(parsed)).containsExactly("fcc-covered:zte-corporation",
        "fcc-covered:china-unicom-americas-operations-limited", "fcc-covered:category-uas", "fcc-covered:ndaa1709-dji",
        "fcc-covered:ndaa1709-autel", "fcc-covered:category-robotic-devices");
    assertThat(parsed.entries()).extracting(ListEntry::remarks).noneMatch(r -> r.contains("Visit - "));
    assertThat(parsed.asOf()).isEqualTo("2026-07-28");
  }

  private void assertLayoutRejected(Path dir, String html, String message) throws Exception {
    Path page = dir.resolve("coveredlist.html");
    Files.writeString(page, html);
    assertThatThrownBy(() -> source.parse(new RawFiles(Map.of(FccCoveredSource.PAGE_FILE, page))))
        .isInstanceOf(ListFormatException.class)
        .hasMessageContaining(message);
  }

  @Test
  void detectsALayoutChangeWhenTheTableIsGone(@TempDir Path dir) throws Exception {
    assertLayoutRejected(dir, "<html><body><h1>Covered List</h1><div class='views-table'>Huawei</div></body></html>",
        "coveredlist.html: page layout changed: no table headed 'Covered Equipment or Services'");
  }

  @Test
  void detectsALayoutChangeWhenARowNamesNoEntity(@TempDir Path dir) throws Exception {
    assertLayoutRejected(dir, "<table><thead><tr><th>Covered Equipment or Services*</th><th>Date of Inclusion on Covered List</th></tr></thead>"
        + "<tbody><tr><td>Something entirely new</td><td>May 1, 2026</td></tr></tbody></table>",
        "cannot find the covered entity in row 'Something entirely new'");
  }

  @Test
  void detectsALayoutChangeWhenRowsGainColumns(@TempDir Path dir) throws Exception {
    assertLayoutRejected(dir, "<table><thead><tr><th>Covered Equipment or Services</th><th>Date</th><th>Notes</th></tr></thead>"
        + "<tbody><tr><td>Equipment produced by <strong>X Corp</strong>.</td><td>May 1, 2026</td><td>n</td></tr></tbody></table>",
        "has 3 cells, expected 2");
  }
}
