package io.listcheck.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens a supplier file in its format. The caller gives a file (standard input is first copied to one). */
public final class SupplierInputs {
  private SupplierInputs() {}

  /**
   * @param source the name used in messages and reports ("suppliers.csv", or "-" for standard input)
   * @param sheet the workbook sheet to read, or empty for the first
   * @param warnings receives one-line warnings (e.g. a Windows-1252 fallback)
   */
  public static SupplierReader open(Path file, String source, InputFormat format, InputColumns columns, String sheet,
      Consumer<String> warnings) throws InputException, IOException {
    if (format == InputFormat.XLSX) {
      return new XlsxSupplierReader(file, source, sheet, columns);
    }
    BufferedReader text = TextInput.open(file, source, warnings);
    try {
      return switch (format) {
        case CSV -> new CsvSupplierReader(source, text, columns);
        case JSON -> JsonSupplierReader.array(source, text, columns);
        case JSONL -> JsonSupplierReader.lines(source, text, columns);
        case TEXT -> new TextSupplierReader(source, text);
        case XLSX -> throw new IllegalStateException("handled above");
      };
    } catch (InputException e) {
      text.close();
      throw e;
    }
  }
}
