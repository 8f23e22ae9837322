package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SupplierInputsTest {
  @TempDir
  Path dir;
  final List<String> warnings = new ArrayList<>();

  private List<SupplierRecord> read(Path file, InputFormat format, InputColumns columns) throws Exception {
    return read(file, format, columns, "");
  }

  private List<SupplierRecord> read(Path file, InputFormat format, InputColumns columns, String sheet) throws Exception {
    List<SupplierRecord> records = new ArrayList<>();
    try (SupplierReader reader = SupplierInputs.open(file, file.getFileName().toString(), format, columns, sheet, warnings::add)) {
      for (SupplierRecord r; (r = reader.next()) != null; ) {
        records.add(r);
      }
    }
    return records;
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {",", ";", "\t", "|"})
  void detectsTheDelimiterFromTheHeaderLine(String delimiter) throws Exception {
    Path csv = file("s.csv", String.join(delimiter, "id", "name", "country") + "\n"
        + String.join(delimiter, "V1", "\"Acme, Rocket" + delimiter + " Works\"", "RU") + "\n");
    List<SupplierRecord> rows = read(csv, InputFormat.CSV, new InputColumns("", "id", "country"));
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.name()).isEqualTo("Acme, Rocket" + delimiter + " Works");
      assertThat(r.supplierId()).isEqualTo("V1");
      assertThat(r.country()).isEqualTo("RU");
      assertThat(r.line()).isEqualTo(2);
    });
  }

  @Test
  void keepsPhysicalLineNumbersAcrossQuotedNewlines() throws Exception {
    Path csv = file("s.csv", "name,note\n\"Acme\",\"two\nlines\"\nZenith,x\n");
    assertThat(read(csv, InputFormat.CSV, InputColumns.AUTO)).extracting(SupplierRecord::line).containsExactly(2L, 4L);
  }

  @Test
  void dropsAUtf8ByteOrderMarkBeforeTheFirstHeader() throws Exception {
    Path csv = dir.resolve("bom.csv");
    Files.write(csv, ("\uFEFFsupplier_name\nMüller GmbH\n").getBytes(StandardCharsets.UTF_8));
    assertThat(read(csv, InputFormat.CSV, new InputColumns("supplier_name", "", ""))).extracting(SupplierRecord::name)
        .containsExactly("Müller GmbH");
    assertThat(warnings).isEmpty();
  }

  @Test
  void readsWindows1252WithAWarningNamingTheLine() throws Exception {
    Path csv = dir.resolve("ansi.csv");
    Files.write(csv, "name\nAcme\nMüller GmbH\n".getBytes(Charset.forName("windows-1252")));
    assertThat(read(csv, InputFormat.CSV, InputColumns.AUTO)).extracting(SupplierRecord::name).containsExactly("Acme", "Müller GmbH");
    assertThat(warnings).singleElement().asString().startsWith("ansi.csv:3: not valid UTF-8").contains("Windows-1252");
  }

  @Test
  void readsExcelUnicodeTextAsUtf16() throws Exception {
    Path txt = dir.resolve("unicode.csv");
    byte[] body = "name\tcountry\nMüller GmbH\tDE\n".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);
    Files.write(txt, withBom);
    assertThat(read(txt, InputFormat.CSV, new InputColumns("", "", "country"))).singleElement()
        .satisfies(r -> assertThat(r.name() + "/" + r.country()).isEqualTo("Müller GmbH/DE"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void reportsARowWithoutANameAsAnUnnamedRowAtItsLine() throws Exception {
    Path csv = file("s.csv", "id,name\nV1,Acme\nV2,\n\nV4,Zenith\n");
    List<SupplierRecord> rows = read(csv, InputFormat.CSV, InputColumns.AUTO);
    assertThat(rows).extracting(SupplierRecord::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(rows).extracting(SupplierRecord::name).containsExactly("Acme", "", "", "Zenith");
  }

  @Test
  void anEmptyFileIsAOneLineError() throws Exception {
    Path csv = file("empty.csv", "");
    assertThatThrownBy(() -> read(csv, InputFormat.CSV, InputColumns.AUTO)).isInstanceOf(InputException.class)
        .hasMessage("empty.csv: the file is empty; expected a header row naming the supplier name column");
  }

  @Test
  void aHeaderOnlyFileHasNoRows() throws Exception {
    assertThat(read(file("h.csv", "name,country\n"), InputFormat.CSV, InputColumns.AUTO)).isEmpty();
  }

  @Test
  void aMissingNameColumnListsTheColumnsFound() throws Exception {
    Path csv = file("s.csv", "id;street;city\n1;a;b\n");
    assertThatThrownBy(() -> read(csv, InputFormat.CSV, InputColumns.AUTO))
        .hasMessage("s.csv:1: no supplier name column; use --column NAME. Columns found: 'id', 'street', 'city'");
  }

  @Test
  void aDuplicatedNameHeaderIsAnError() throws Exception {
    Path csv = file("s.csv", "name,id,Name\nA,1,B\n");
    assertThatThrownBy(() -> read(csv, InputFormat.CSV, InputColumns.AUTO))
        .hasMessage("s.csv:1: the header 'name' appears in columns [1, 3]; rename one so it is clear which to screen");
  }

  @Test
  void aTenMegabyteSingleLineGivesAShortOneLineError() throws Exception {
    Path csv = file("big.csv", "x".repeat(10 * 1024 * 1024));
    assertThatThrownBy(() -> read(csv, InputFormat.CSV, InputColumns.AUTO)).satisfies(e -> {
      assertThat(e.getMessage()).startsWith("big.csv:1: no supplier name column").hasSizeLessThan(300).doesNotContain("\n");
    });
  }

  @Test
  void aTenMegabyteNameIsReadAsOneRowForTheScreenerToRefuse() throws Exception {
    Path text = file("big.txt", "y".repeat(10 * 1024 * 1024) + "\nAcme\n");
    List<SupplierRecord> rows = read(text, InputFormat.TEXT, InputColumns.AUTO);
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).name()).hasSize(10 * 1024 * 1024);
  }

  @Test
  void aBinaryFileIsRefusedWithItsLine() throws Exception {
    Path bin = dir.resolve("data.csv");
    Files.write(bin, new byte[] {'n', 'a', 'm', 'e', '\n', 1, 2, 0, 3});
    assertThatThrownBy(() -> read(bin, InputFormat.CSV, InputColumns.AUTO))
        .hasMessageStartingWith("data.csv:2: binary data (a NUL byte at byte 8)");
  }

  @Test
  void invalidUtf8InTheMiddleIsReadWithAWarningNotLost() throws Exception {
    Path txt = dir.resolve("names.txt");
    Files.write(txt, new byte[] {'A', 'c', 'm', 'e', '\n', (byte) 0xC3, (byte) 0x28, 'x', '\n'});
    assertThat(read(txt, InputFormat.TEXT, InputColumns.AUTO)).hasSize(2);
    assertThat(warnings).singleElement().asString().startsWith("names.txt:2: not valid UTF-8");
  }

  @Test
  void streamsAMillionEmptyRowsAsUnnamedRows() throws Exception {
    Path csv = dir.resolve("empty-rows.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv)) {
      w.write("name\n");
      for (int i = 0; i < 1_000_000; i++) {
        w.write('\n');
      }
    }
    long rows = 0;
    long lastLine = 0;
    try (SupplierReader reader = SupplierInputs.open(csv, "empty-rows.csv", InputFormat.CSV, InputColumns.AUTO, "", warnings::add)) {
      for (SupplierRecord r; (r = reader.next()) != null; ) {
        rows++;
        lastLine = r.line();
        assertThat(r.name()).isEmpty();
      }
    }
    assertThat(rows).isEqualTo(1_000_000);
    assertThat(lastLine).isEqualTo(1_000_001);
  }

  @Test
  void readsTheFirstSheetOfAWorkbookWithSpreadsheetRowNumbers() throws Exception {
    Path xlsx = XlsxFixture.write(dir.resolve("v.xlsx"), java.util.Arrays.asList(
        List.of("Vendor Name", "Vendor ID"), List.of("Acme Rocket Works", "1001"), null, List.of("Zenith Drone Systems", "1004")));
    List<SupplierRecord> rows = read(xlsx, InputFormat.XLSX, new InputColumns("", "vendor id", ""));
    assertThat(rows).extracting(SupplierRecord::name).containsExactly("Acme Rocket Works", "Zenith Drone Systems");
    assertThat(rows).extracting(SupplierRecord::line).containsExactly(2L, 4L);
    assertThat(rows).extracting(SupplierRecord::supplierId).containsExactly("1001", "1004");
  }

  @Test
  void readsTheSheetNamedBySheet() throws Exception {
    Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
    sheets.put("Notes", List.of(List.of("text"), List.of("nothing here")));
    sheets.put("Vendors", List.of(List.of("name"), List.of("Acme")));
    Path xlsx = XlsxFixture.write(dir.resolve("v.xlsx"), sheets);
    assertThat(read(xlsx, InputFormat.XLSX, InputColumns.AUTO, "Vendors")).extracting(SupplierRecord::name).containsExactly("Acme");
    assertThatThrownBy(() -> read(xlsx, InputFormat.XLSX, InputColumns.AUTO, "Missing"))
        .hasMessage("v.xlsx: no sheet named 'Missing'. Sheets found: 'Notes', 'Vendors'");
  }

  @Test
  void aZipThatIsNotAWorkbookIsAOneLineError() throws Exception {
    Path zip = dir.resolve("fake.xlsx");
    try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    assertThatThrownBy(() -> read(zip, InputFormat.XLSX, InputColumns.AUTO)).isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(e.getMessage()).startsWith("fake.xlsx: not a readable .xlsx workbook").doesNotContain("\n"));
  }

  @Test
  void aTextFileGivenAsAWorkbookIsAOneLineError() throws Exception {
    Path notZip = file("plain.xlsx", "name\nAcme\n");
    assertThatThrownBy(() -> read(notZip, InputFormat.XLSX, InputColumns.AUTO))
        .hasMessageStartingWith("plain.xlsx: not a readable .xlsx workbook");
  }

  @Test
  void aWorkbookGivenAsCsvIsRefusedWithAHint() throws Exception {
    Path xlsx = XlsxFixture.write(dir.resolve("v.csv"), List.of(List.of("name")));
    assertThatThrownBy(() -> read(xlsx, InputFormat.CSV, InputColumns.AUTO)).hasMessageContaining("--input-format xlsx");
  }

  @Test
  void readsAJsonArrayOfObjectsAndOfNames() throws Exception {
    Path json = file("s.json", "[\n {\"vendor_name\": \"Acme\", \"id\": 7},\n \"Zenith\",\n {\"id\": 9},\n 42\n]");
    List<SupplierRecord> rows = read(json, InputFormat.JSON, new InputColumns("", "id", ""));
    assertThat(rows).extracting(SupplierRecord::name).containsExactly("Acme", "Zenith", "", "");
    assertThat(rows).extracting(SupplierRecord::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(rows.get(0).supplierId()).isEqualTo("7");
    assertThat(rows.get(2).problem()).startsWith("no supplier name column");
    assertThat(rows.get(3).problem()).isEqualTo("expected a supplier object or a name string, found number");
  }

  @Test
  void brokenJsonStopsWithItsLine() throws Exception {
    Path json = file("s.json", "[\n{\"name\": \"Acme\"},\n{\"name\": }\n]");
    assertThatThrownBy(() -> read(json, InputFormat.JSON, InputColumns.AUTO)).hasMessageStartingWith("s.json:3: not valid JSON");
    assertThatThrownBy(() -> read(file("o.json", "{\"name\": \"Acme\"}"), InputFormat.JSON, InputColumns.AUTO))
        .hasMessageContaining("expected a JSON array");
  }

  @Test
  void aBrokenJsonLineIsAnErrorRowAndTheRestIsRead() throws Exception {
    Path jsonl = file("s.jsonl", "{\"name\": \"Acme\"}\n{broken\n\n{\"name\": \"Zenith\", \"name\": \"twice\"}\n{\"name\": \"Last\"}\n");
    List<SupplierRecord> rows = read(jsonl, InputFormat.JSONL, InputColumns.AUTO);
    assertThat(rows).extracting(SupplierRecord::line).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(rows).extracting(SupplierRecord::name).containsExactly("Acme", "", "", "", "Last");
    assertThat(rows.get(1).problem()).startsWith("not valid JSON");
    assertThat(rows.get(3).problem()).contains("Duplicate field 'name'");
  }

  @Test
  void readsPlainTextOneNamePerLine() throws Exception {
    assertThat(read(file("n.txt", "Acme\n  Zenith  \n"), InputFormat.TEXT, InputColumns.AUTO))
        .extracting(SupplierRecord::name).containsExactly("Acme", "Zenith");
  }

  @Test
  void choosesTheFormatByExtension() {
    assertThat(InputFormat.byFileName("Vendors.XLSX")).contains(InputFormat.XLSX);
    assertThat(InputFormat.byFileName("v.tsv")).contains(InputFormat.CSV);
    assertThat(InputFormat.byFileName("v.ndjson")).contains(InputFormat.JSONL);
    assertThat(InputFormat.byFileName("v.dat")).isEmpty();
  }
}
