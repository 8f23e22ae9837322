package io.listcheck.source.custom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.model.Alias;
import io.listcheck.model.AliasKind;
import io.listcheck.model.ListEntry;
import io.listcheck.source.Fixtures;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.ParsedList;
import io.listcheck.source.RawFiles;
import io.listcheck.source.SourceRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomListSourceTest {

  private static ParsedList parse(String config) throws Exception {
    CustomListSource source = CustomListSource.load(Fixtures.path("custom/" + config), SourceRegistry.standard());
    return source.parse(new RawFiles(Map.of(source.fileName(), source.file())));
  }

  private static ListEntry named(ParsedList list, String name) {
    return list.entries().stream().filter(e -> e.primaryName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void mapsColumnsByHeaderNameOntoEntries() throws Exception {
    ListEntry sgf = named(parse("blocked.json"), "Société Générale de Fournitures");

    assertThat(sgf.id()).isEqualTo("acme-blocked:societe-generale-de-fournitures");
    assertThat(sgf.aliases()).containsExactly(new Alias("SGF", AliasKind.AKA), new Alias("Fournitures Nord SA", AliasKind.FKA));
    assertThat(sgf.remarks()).isEqualTo("Sanctions screening match");
    assertThat(sgf.subList()).isEqualTo("Section A");
    assertThat(sgf.dates()).extracting(d -> d.date()).containsExactly("2024-11-30");
    assertThat(named(parse("blocked.json"), "Nord Fournitures SARL").linkedTo()).containsExactly("Société Générale de Fournitures");
  }

  @Test
  void readsWindows1252ExportsLikeUtf8WithBom() throws Exception {
    assertThat(parse("blocked-cp1252.json").entries()).isEqualTo(parse("blocked.json").entries());
  }

  @Test
  void importsOnlyTheRowsSelectedByWhereAndSaysSoInTheProvenance() throws Exception {
    ParsedList list = parse("blocked.json");

    assertThat(list.entries()).extracting(ListEntry::primaryName)
        .containsExactly("Acme Widgets GmbH", "Société Générale de Fournitures", "Nord Fournitures SARL");
    assertThat(list.provenance()).isEqualTo(
        "Custom list import of blocked.csv: 5 rows, 4 selected by Status=active, 3 entries. Exported from the ACME vendor master.");
    assertThat(list.asOf()).isEqualTo("2025-06-30");
  }

  @Test
  void mergesTheRowsOfOneNameAndKeepsAliasNotesOutOfTheNames() throws Exception {
    ListEntry acme = named(parse("blocked.json"), "Acme Widgets GmbH");

    assertThat(acme.subList()).isEqualTo("Section A; Section B");
    assertThat(acme.aliases()).containsExactly(new Alias("ACME Widgets", AliasKind.AKA));
    assertThat(acme.remarks()).isEqualTo("Failed audit 2025 | Alias note: (one alias not captured) | Second finding");
  }

  @Test
  void borrowsTheDescriptorOfTheStandardSourceItStandsInFor(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("dod.json");
    Files.writeString(config, "{\"id\":\"dod-1260h\",\"file\":\"t.csv\",\"columns\":{\"name\":\"Name\"}}");
    CustomListSource source = CustomListSource.load(config, SourceRegistry.standard());

    assertThat(source.descriptor()).isEqualTo(SourceRegistry.standard().find("dod-1260h").orElseThrow().descriptor());
    assertThat(source.file()).isEqualTo(dir.resolve("t.csv"));
  }

  @Test
  void describesAnInternalListAsNotAGovernmentList(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("x.json");
    Files.writeString(config, "{\"id\":\"internal\",\"file\":\"t.csv\",\"columns\":{\"name\":\"Name\"}}");

    assertThat(CustomListSource.load(config, SourceRegistry.standard()).descriptor().consequence()).contains("not a government list");
  }

  private static ListFormatException csvError(Path dir, String csv) throws Exception {
    Files.writeString(dir.resolve("in.csv"), csv, StandardCharsets.UTF_8);
    Path config = dir.resolve("in.json");
    Files.writeString(config, "{\"id\":\"x-list\",\"file\":\"in.csv\",\"columns\":{\"name\":\"Name\",\"listed\":\"Added\"}}");
    CustomListSource source = CustomListSource.load(config, SourceRegistry.standard());
    try {
      source.parse(new RawFiles(Map.of("in.csv", source.file())));
    } catch (ListFormatException e) {
      return e;
    }
    throw new AssertionError("no error for " + csv);
  }

  @Test
  void namesTheColumnsFoundWhenAMappedColumnIsMissing(@TempDir Path dir) throws Exception {
    assertThat(csvError(dir, "Vendor,Added\nAcme,2020-01-01\n")).hasMessage("in.csv:1: no column 'Name' (columns found: Vendor, Added)");
  }

  @Test
  void rejectsDuplicateHeaders(@TempDir Path dir) throws Exception {
    assertThat(csvError(dir, "Name,Added,Name\n")).hasMessage("in.csv:1: column 'Name' appears twice in the header");
  }

  @Test
  void rejectsRowsWithoutANameOrWithTheWrongColumnCountOrABadDate(@TempDir Path dir) throws Exception {
    assertThat(csvError(dir, "Name,Added\nAcme,2020-01-01\n,2020-01-01\n")).hasMessage("in.csv:3: no name in column 'Name'");
    assertThat(csvError(dir, "Name,Added\nAcme,2020-01-01,extra\n")).hasMessage("in.csv:2: expected 2 columns, found 3");
    assertThat(csvError(dir, "Name,Added\nAcme,01/02/2020\n"))
        .hasMessage("in.csv:2: '01/02/2020' in column 'Added' is not an ISO date (yyyy-mm-dd)");
  }

  @Test
  void rejectsConfigsWithUnknownKeysOrWithoutANameColumn(@TempDir Path dir) throws Exception {
    Path config = dir.resolve("bad.json");
    Files.writeString(config, "{\"id\":\"x-list\",\"file\":\"in.csv\",\"colums\":{}}");
    assertThatThrownBy(() -> CustomListConfig.read(config)).isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(config + ":1: unknown key 'colums'");

    Files.writeString(config, "{\"id\":\"x-list\",\"file\":\"in.csv\",\"columns\":{}}");
    assertThatThrownBy(() -> CustomListConfig.read(config)).hasMessage(config + ": 'columns.name' (the header of the name column) is missing");

    Files.writeString(config, "{\"id\":\"X List\",\"file\":\"in.csv\",\"columns\":{\"name\":\"Name\"}}");
    assertThatThrownBy(() -> CustomListConfig.read(config)).hasMessageContaining("'id' must be 2-40 lower-case letters");
  }
}
