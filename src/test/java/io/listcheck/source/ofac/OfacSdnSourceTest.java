package io.listcheck.source.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.EntityType;
import io.listcheck.model.Identifier;
import io.listcheck.model.ListEntry;
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

class OfacSdnSourceTest {
  private final OfacSdnSource source = new OfacSdnSource();

  private ParsedList parseAll() throws Exception {
    return source.parse(Fixtures.raw("ofac-sdn", "SDN.CSV", "ALT.CSV", "ADD.CSV", "SDN_COMMENTS.CSV"));
  }

  private static ListEntry entry(ParsedList list, String id) {
    return list.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void readsEveryRowOfTheSdnFileIgnoringTheDosEndOfFileByte() throws Exception {
    ParsedList list = parseAll();

    assertThat(list.entries()).extracting(ListEntry::id)
        .containsExactly("ofac-sdn:36", "ofac-sdn:306", "ofac-sdn:2686", "ofac-sdn:9999", "ofac-sdn:17018");
    assertThat(list.entries()).allSatisfy(e -> assertThat(e.subList()).isEqualTo("SDN"));
  }

  @Test
  void treatsTheMinusZeroMarkerAsEmpty() throws Exception {
    ListEntry airline = entry(parseAll(), "ofac-sdn:36");

    assertThat(airline.remarks()).isEmpty();
    assertThat(airline.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(airline.addresses()).singleElement().satisfies(a -> assertThat(a.oneLine()).isEqualTo("Havana, Cuba"));
    assertThat(entry(parseAll(), "ofac-sdn:2686").addresses()).as("placeholder address row of -0- only").isEmpty();
  }

  @Test
  void keepsIndividualsAsPrintedAndAddsTheNaturalOrder() throws Exception {
    ListEntry nasrallah = entry(parseAll(), "ofac-sdn:2686");

    assertThat(nasrallah.primaryName()).isEqualTo("NASRALLAH, Hasan");
    assertThat(nasrallah.type()).isEqualTo(EntityType.INDIVIDUAL);
    assertThat(nasrallah.aliases()).contains(new Alias("Hasan NASRALLAH", AliasKind.AKA));
    assertThat(nasrallah.programs()).containsExactly("SDGT", "SYRIA");
  }

  @Test
  void readsAliasesLinksAndIdentifiersInsideRemarks() throws Exception {
    ParsedList list = parseAll();

    assertThat(entry(list, "ofac-sdn:306").aliases()).containsExactly(
        new Alias("BNC", AliasKind.WEAK_AKA), new Alias("BANCO DE CUBA", AliasKind.WEAK_AKA),
        new Alias("BANCO NACIONAL DE CUBA S.A.", AliasKind.FKA));
    assertThat(entry(list, "ofac-sdn:2686").linkedTo()).containsExactly("HIZBALLAH");
    assertThat(entry(list, "ofac-sdn:2686").identifiers()).contains(new Identifier("Passport", "042833", "Lebanon"));
    ListEntry vessel = entry(list, "ofac-sdn:9999");
    assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
    assertThat(vessel.identifiers()).contains(new Identifier("IMO", "9079107", ""));
    assertThat(vessel.linkedTo()).containsExactly("NATIONAL IRANIAN TANKER COMPANY");
  }

  @Test
  void continuesCappedRemarksMidWordFromTheCommentsFile() throws Exception {
    ListEntry sberbank = entry(parseAll(), "ofac-sdn:17018");

    assertThat(sberbank.remarks()).contains("a.k.a. 'PJSC SBERBANK'; Tax ID No. 7707083893 (Russia)");
    assertThat(sberbank.aliases()).contains(new Alias("PJSC SBERBANK", AliasKind.WEAK_AKA));
    assertThat(sberbank.identifiers()).contains(new Identifier("Registration Number", "1027700132195", "Russia"));
    assertThat(sberbank.dates()).extracting(d -> d.date()).contains("2022-02-24", "1991-06-20");
  }

  @Test
  void saysInProvenanceWhenCompanionRowsNameEntriesTheSdnFileLacks() throws Exception {
    assertThat(parseAll().provenance()).isEqualTo(
        "1 ALT.CSV rows name entries missing from SDN.CSV (files of different dates?) and were not used.");
    assertThat(source.parse(Fixtures.raw("ofac-sdn", "SDN.CSV")).provenance()).isEmpty();
  }

  @Test
  void rejectsARowWithTheWrongColumnCountNamingItsLine(@TempDir Path dir) throws Exception {
    Path sdn = dir.resolve("SDN.CSV");
    Files.writeString(sdn, "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
        + "173,\"ANGLO-CARIBBEAN CO., LTD.\",-0- ,\"CUBA\"\r\n", StandardCharsets.US_ASCII);

    assertThatThrownBy(() -> source.parse(new RawFiles(Map.of("SDN.CSV", sdn))))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("SDN.CSV:2: expected 12 columns, found 4 (is this an OFAC SDN.CSV file?)");
  }

  @Test
  void requiresTheSdnFile() {
    assertThatThrownBy(() -> source.parse(Fixtures.raw("ofac-sdn", "ALT.CSV")))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("SDN.CSV: file is missing");
  }
}
