package io.listcheck.source;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.listcheck.source.csl.TradeCslSource;
import io.listcheck.source.custom.CustomListConfig;
import io.listcheck.source.custom.CustomListSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs the fuzzers found, kept as readable regression tests (the raw findings are under *FuzzTestInputs/). */
class ListParsersFuzzFindingsTest {
  @TempDir Path dir;

  @Test
  void aConsolidatedListThatIsNotUtf8FailsNamingTheFile() throws Exception {
    // A broken BOM: Jackson's decoder fails while it sets up, with an I/O exception instead of a parse error.
    Path csv = Files.write(dir.resolve(TradeCslSource.CSV_FILE),
        new byte[] {(byte) 0xEF, 3, 0, 0, 0, 0, 0, 0, 0, (byte) 0xBB, (byte) 0xBF, '_', 'i', 'd', '\n'});
    assertThatThrownBy(() -> new TradeCslSource().parse(new RawFiles(Map.of(TradeCslSource.CSV_FILE, csv))))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith("consolidated.csv: not UTF-8 text: Invalid UTF-8 middle byte");
  }

  @Test
  void aCustomListWithoutItsNameColumnListsTheColumnsFoundOnOneLine() throws Exception {
    CustomListSource source = CustomListSource.load(Fixtures.path("/fixtures/custom/blocked.json"), SourceRegistry.standard());
    Path csv = Files.writeString(dir.resolve("blocked.csv"), "id,\"full\nname\"\n1,Acme\n");
    assertThatThrownBy(() -> source.parse(new RawFiles(Map.of("blocked.csv", csv))))
        .isInstanceOf(ListFormatException.class)
        .hasMessage("blocked.csv:1: no column 'Supplier' (columns found: id, full name)");
  }

  @Test
  void aCustomListConfigThatJacksonTakesForUtf32FailsNamingTheFile() throws Exception {
    Path config = Files.write(dir.resolve("blocked.json"),
        new byte[] {0, 0, 0, 0, 0, 0, 0, 0, (byte) 0x9C, (byte) 0xDF, (byte) 0xDD, (byte) 0xCA, '"', '\n', '}', '\n'});
    assertThatThrownBy(() -> CustomListConfig.read(config))
        .isInstanceOf(ListFormatException.class)
        .hasMessageStartingWith(config + ": not a valid custom list config: not UTF-8 text: Invalid UTF-32 character");
  }
}
