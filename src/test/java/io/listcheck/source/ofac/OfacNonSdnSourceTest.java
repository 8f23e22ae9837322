package io.listcheck.source.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.Identifier;
import io.listcheck.model.ListEntry;
import io.listcheck.model.ListingDate;
import io.listcheck.source.Fixtures;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.RawFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfacNonSdnSourceTest {
  private final OfacNonSdnSource source = new OfacNonSdnSource();

  private List<ListEntry> parseFixture() throws Exception {
    return source.parse(Fixtures.folder("/io/listcheck/source/ofac/cons")).entries();
  }

  private ListEntry entry(List<ListEntry> entries, String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void readsEveryRowAndIgnoresTheTrailingDosEofByte() throws Exception {
    assertThat(parseFixture()).extracting(ListEntry::id).containsExactly("ofac-nonsdn:9639", "ofac-nonsdn:9640",
        "ofac-nonsdn:17016", "ofac-nonsdn:17250", "ofac-nonsdn:18700", "ofac-nonsdn:20001", "ofac-nonsdn:30882",
        "ofac-nonsdn:30902", "ofac-nonsdn:30923", "ofac-nonsdn:30946", "ofac-nonsdn:30947", "ofac-nonsdn:30949",
        "ofac-nonsdn:30951", "ofac-nonsdn:33111");
  }

  @Test
  void keepsDjiAsAnNsCmicOrganizationWithItsDatesAndCreditCode() throws Exception {
    ListEntry dji = entry(parseFixture(), "ofac-nonsdn:33111");
    assertThat(dji.primaryName()).isEqualTo("SZ DJI TECHNOLOGY CO., LTD.");
    assertThat(dji.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(dji.subList()).isEqualTo("NS-CMIC");
    assertThat(dji.programs()).containsExactly("CMIC-EO13959");
    assertThat(dji.dates()).contains(new ListingDate("Listing Date (CMIC)", "2021-12-16"),
        new ListingDate("Effective Date (CMIC)", "2022-02-14"));
    assertThat(dji.identifiers()).contains(new Identifier("Unified Social Credit Code (USCC)", "914403007954257495", "China"));
    assertThat(dji.aliases()).containsExactly(new Alias("DA-JIANG INNOVATIONS", AliasKind.AKA));
    assertThat(dji.addresses()).singleElement().satisfies(a -> assertThat(a.city()).isEqualTo("Shenzhen, Guangdong"));
    assertThat(dji.countries()).containsExactly("China");
  }

  @Test
  void turnsTheNullMarkerIntoEmptyFieldsAndSkipsPlaceholderAddresses() throws Exception {
    ListEntry aecc = entry(parseFixture(), "ofac-nonsdn:30902");
    assertThat(aecc.addresses()).isEmpty();
    assertThat(aecc.aliases()).containsExactly(new Alias("AECC", AliasKind.WEAK_AKA));
  }

  @Test
  void continuesOverLongRemarksFromTheCommentsFileMidWord() throws Exception {
    ListEntry sberbank = entry(parseFixture(), "ofac-nonsdn:17016");
    assertThat(sberbank.remarks()).contains("Effective Date (EO 14024 Directive 2): 26 Mar 2022");
    assertThat(sberbank.aliases()).contains(new Alias("SBERBANK INDIA", AliasKind.WEAK_AKA));
  }

  @Test
  void keepsAkaFkaAndTheWeakAliasesOfTheRemarksApartAndReadsLinkedToAndSplitPrograms() throws Exception {
    ListEntry sberbank = entry(parseFixture(), "ofac-nonsdn:17016");
    assertThat(sberbank.aliases()).contains(new Alias("SBERBANK ROSSII", AliasKind.WEAK_AKA),
        new Alias("SAVINGS BANK OF THE RUSSIAN FEDERATION", AliasKind.FKA), new Alias("SBERBANK", AliasKind.AKA));
    assertThat(sberbank.programs()).containsExactly("UKRAINE-EO13662", "RUSSIA-EO14024");
    assertThat(sberbank.subList()).isEqualTo("SSI");
    assertThat(sberbank.linkedTo()).containsExactly("SBERBANK OF RUSSIA GROUP");
  }

  @Test
  void readsIndividualsAndPlcSubList() throws Exception {
    ListEntry haniya = entry(parseFixture(), "ofac-nonsdn:9639");
    assertThat(haniya.type()).isEqualTo(EntityType.INDIVIDUAL);
    assertThat(haniya.subList()).isEqualTo("NS-PLC");
  }

  @Test
  void dropsCompanionRowsOfEntriesNotInThePrimaryFile() throws Exception {
    assertThat(parseFixture()).flatExtracting(ListEntry::aliases).extracting(Alias::name)
        .doesNotContain("ORPHAN ALIAS OF A MISSING ENTRY");
  }

  @Test
  void parsesWithoutTheOptionalCompanionFiles(@TempDir Path dir) throws Exception {
    Path prim = dir.resolve("cons_prim.csv");
    Files.copy(Fixtures.path("/io/listcheck/source/ofac/cons/CONS_PRIM.CSV"), prim);
    assertThat(source.parse(new RawFiles(Map.of("cons_prim.csv", prim))).entries()).hasSize(14);
  }

  @Test
  void rejectsARowWithTheWrongColumnCountNamingFileAndLine(@TempDir Path dir) throws Exception {
    Path prim = dir.resolve("CONS_PRIM.CSV");
    Files.writeString(prim, "1,\"GOOD CO\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"SHORT ROW\",-0- \r\n",
        StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> source.parse(new RawFiles(Map.of("CONS_PRIM.CSV", prim))))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("CONS_PRIM.CSV:2: expected 12 columns, found 3 (is this an OFAC CONS_PRIM.CSV file?)");
  }

  @Test
  void rejectsAnHtmlPageServedInsteadOfTheCsv(@TempDir Path dir) throws Exception {
    Path prim = dir.resolve("CONS_PRIM.CSV");
    Files.writeString(prim, "<html><body>Service Unavailable</body></html>\n");
    assertThatThrownBy(() -> source.parse(new RawFiles(Map.of("CONS_PRIM.CSV", prim))))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("CONS_PRIM.CSV:1: expected 12 columns");
  }

  @Test
  void rejectsAMissingPrimaryFile() {
    assertThatThrownBy(() -> source.parse(new RawFiles(Map.of())))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("CONS_PRIM.CSV: file is missing");
  }
}
