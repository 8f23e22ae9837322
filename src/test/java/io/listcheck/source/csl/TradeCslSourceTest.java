package io.listcheck.source.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import io.listcheck.source.EntryKeys;
import io.listcheck.source.Fixtures;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TradeCslSourceTest {
  private final TradeCslSource source = new TradeCslSource();

  private ParsedList parse() throws Exception {
    return source.parse(Fixtures.raw("trade-csl", "consolidated.csv"));
  }

  private ParsedList parseText(Path dir, String content) throws Exception {
    Path csv = dir.resolve("consolidated.csv");
    Files.writeString(csv, content, StandardCharsets.UTF_8);
    return source.parse(new RawFiles(Map.of("consolidated.csv", csv)));
  }

  private static ListEntry named(ParsedList list, String name) {
    return list.entries().stream().filter(e -> e.primaryName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void readsTheHeaderDespiteAByteOrderMarkAndKeepsEachSubList() throws Exception {
    assertThat(parse().entries()).extracting(ListEntry::subList)
        .containsExactly("EL", "ISN", "ISN", "SDN", "CMIC", "MEU", "EL", "DPL", "NS-MBS");
  }

  @Test
  void restoresBisApostrophesAndQuotesPrintedAsQuestionMarks() throws Exception {
    ParsedList list = parse();

    assertThat(named(list, "China Aerospace Science and Industry Corporation (CASIC) 3rd Academy's 159 Factory")).isNotNull();
    assertThat(named(list, "FAU \"Glavgosekspertiza Rossii\"")).isNotNull();
  }

  @Test
  void dropsTheLeadingAndOfTheLastAlias() throws Exception {
    ListEntry casic = parse().entries().get(0);

    assertThat(casic.aliases()).containsExactly(new Alias("CASIC Third Academy 159 Factory", AliasKind.AKA),
        new Alias("China Haiying Electro-Mechanical Technology Academy 159 Factory", AliasKind.AKA));
  }

  @Test
  void movesTheSuccessorClauseFromTheNameToTheScope() throws Exception {
    ParsedList list = parse();

    assertThat(named(list, "Ardis Group of Companies LLC").scope()).isEqualTo(TradeCslSource.SCOPE_SUFFIX);
    assertThat(named(list, "Sinobright Import and Export Company").scope()).isEqualTo(TradeCslSource.SCOPE_SUFFIX);
    assertThat(named(list, "Academy of Aerospace Solid Propulsion Technology (AASPT)").scope()).isEmpty();
  }

  @Test
  void mergesRowsRepeatingANameOnTheSameSubListAsFurtherAddresses() throws Exception {
    ParsedList list = parse();
    ListEntry casic = list.entries().get(0);

    assertThat(casic.addresses()).hasSize(2).allSatisfy(a -> assertThat(a.country()).isEqualTo("CN"));
    assertThat(casic.remarks()).contains("Federal Register: 79 FR 24566", "License policy: Presumption of denial.");
    assertThat(list.provenance()).startsWith("10 rows read as 9 entries");
  }

  @Test
  void derivesIdsFromSubListAndNameNotFromTheUnstableUnderscoreId() throws Exception {
    ListEntry meu = named(parse(), "Academy of Aerospace Solid Propulsion Technology (AASPT)");

    assertThat(meu.id()).isEqualTo("trade-csl:meu-" + EntryKeys.hash(meu.primaryName()));
    assertThat(meu.id()).doesNotContain("66f6ab3f");
  }

  @Test
  void linksTreasuryRowsToTheOfacEntryOfTheSameEntNum() throws Exception {
    ParsedList list = parse();

    ListEntry abbas = named(list, "'ABBAS, Rim");
    assertThat(abbas.id()).isEqualTo("trade-csl:sdn-21944");
    assertThat(abbas.linkedTo()).containsExactly("ofac-sdn:21944");
    assertThat(abbas.type()).isEqualTo(EntityType.INDIVIDUAL);
    assertThat(named(list, "SZ DJI TECHNOLOGY CO., LTD.").linkedTo()).containsExactly("ofac-nonsdn:33111");
    assertThat(named(list, "GAZPROMBANK JOINT STOCK COMPANY").linkedTo()).containsExactly("ofac-nonsdn:17016");
    assertThat(named(list, "I. ASH").linkedTo()).as("BIS rows have no OFAC counterpart").isEmpty();
  }

  @Test
  void keepsListingDatesAndPrograms() throws Exception {
    ListEntry dpl = named(parse(), "I. ASH");

    assertThat(dpl.dates()).extracting(d -> d.label() + "=" + d.date()).containsExactly("Start date=2003-06-19", "End date=2056-06-29");
    assertThat(named(parse(), "SZ DJI TECHNOLOGY CO., LTD.").programs()).containsExactly("CMIC-EO13959");
  }

  @Test
  void rejectsAFileWithoutTheConsolidatedHeaderListingTheColumnsFound(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> parseText(dir, "name,country\nACME,US\n"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("consolidated.csv:1: not a Consolidated Screening List header: missing source, entity_number")
        .hasMessageEndingWith("; found name, country");
  }

  @Test
  void rejectsARowWithTheWrongColumnCountNamingItsLine(@TempDir Path dir) throws Exception {
    String header = Files.readString(Fixtures.path("trade-csl/consolidated.csv")).lines().findFirst().orElseThrow();

    assertThatThrownBy(() -> parseText(dir, header + "\nx,Entity List (EL) - Bureau of Industry and Security,,,,ACME\n"))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("consolidated.csv:2: expected 29 columns, found 6");
  }

  @Test
  void rejectsAnHtmlErrorPageServedAsCsv(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> parseText(dir, "<html><body><h1>503 Service Unavailable</h1></body></html>\n"))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("consolidated.csv:1: not a Consolidated Screening List header");
  }

  @Test
  void readsTheJsonFileLikeTheCsvWhenOnlyTheJsonIsOffered() throws Exception {
    ParsedList json = source.parse(Fixtures.raw("trade-csl", "consolidated.json"));
    ListEntry casicFromCsv = parse().entries().get(0);

    assertThat(json.entries()).extracting(ListEntry::id).containsExactly(casicFromCsv.id(), "trade-csl:cmic-33111",
        "trade-csl:isn-" + EntryKeys.hash("Sinobright Import and Export Company"));
    ListEntry casic = json.entries().get(0);
    assertThat(casic.primaryName()).isEqualTo(casicFromCsv.primaryName());
    assertThat(casic.aliases()).isEqualTo(casicFromCsv.aliases());
    assertThat(casic.addresses()).extracting(a -> a.country()).containsExactly("CN", "CN");
    assertThat(casic.addresses().get(0).street()).isEqualTo("No. 1 East Military Village, North Baliqiao Station, Chaoyang District, Beijing");
    assertThat(json.entries().get(1).linkedTo()).containsExactly("ofac-nonsdn:33111");
    assertThat(json.entries().get(2).scope()).isEqualTo(TradeCslSource.SCOPE_SUFFIX);
  }

  @Test
  void rejectsJsonThatIsNotTheConsolidatedList(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("consolidated.json");
    Files.writeString(json, "{\"error\": \"rate limited\"}");
    assertThatThrownBy(() -> source.parse(new RawFiles(Map.of("consolidated.json", json))))
        .hasMessage("consolidated.json:1: expected {\"results\": [...]} (is this the Consolidated Screening List JSON?)");

    Files.writeString(json, "{\"results\": [\n{\"name\": \"ACME\"}]}");
    assertThatThrownBy(() -> source.parse(new RawFiles(Map.of("consolidated.json", json))))
        .hasMessage("consolidated.json:2: not a Consolidated Screening List record: missing source");

    Files.writeString(json, "{\"results\": [{\"source\": \"Entity List (EL)\", \"name\": \"ACME\"}");
    assertThatThrownBy(() -> source.parse(new RawFiles(Map.of("consolidated.json", json))))
        .isInstanceOf(ListFormatException.class).hasMessageStartingWith("consolidated.json:1: ");
  }
}
