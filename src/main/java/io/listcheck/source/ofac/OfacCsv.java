package io.listcheck.source.ofac;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import io.listcheck.source.ListFormatException;
import io.listcheck.source.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * OFAC's legacy CSV layout, shared by SDN.CSV and the CONS_*.CSV files: no header, a fixed column count per
 * file, unquoted {@code -0- } for null, CRLF, and a DOS end-of-file byte (0x1A) after the last line.
 */
final class OfacCsv {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
  private static final char DOS_EOF = 0x1A;

  private OfacCsv() {}

  /** One data row: its physical line number and its cells, with OFAC's null marker turned into "". */
  record Row(long line, List<String> cells) {
    String cell(int index) {
      return cells.get(index);
    }

    int intCell(int index, String file) throws ListFormatException {
      try {
        return Integer.parseInt(cells.get(index));
      } catch (NumberFormatException e) {
        throw new ListFormatException(file, line, "expected a number in column " + (index + 1) + ", found '" + cells.get(index) + "'");
      }
    }
  }

  static List<Row> read(Path path, String file, int columns) throws IOException, ListFormatException {
    String text = stripDosEof(TextFiles.read(path));
    List<Row> rows = new ArrayList<>();
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(text)) {
      while (it.hasNextValue()) {
        long line = it.getCurrentLocation().getLineNr();
        String[] raw = it.nextValue();
        if (raw.length == 1 && raw[0].isBlank()) {
          continue;
        }
        if (raw.length != columns) {
          throw new ListFormatException(file, line, "expected " + columns + " columns, found " + raw.length
              + " (is this an OFAC " + file + " file?)");
        }
        List<String> cells = new ArrayList<>(columns);
        for (String cell : raw) {
          cells.add(nullToEmpty(cell));
        }
        rows.add(new Row(line, cells));
      }
    } catch (JsonProcessingException e) {
      throw new ListFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid CSV: " + e.getOriginalMessage());
    }
    return rows;
  }

  static String nullToEmpty(String cell) {
    String value = cell == null ? "" : cell.strip();
    return value.equals("-0-") ? "" : value;
  }

  private static String stripDosEof(String text) {
    int end = text.length();
    while (end > 0 && (text.charAt(end - 1) == DOS_EOF || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    return text.substring(0, end);
  }
}
