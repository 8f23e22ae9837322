package io.listcheck.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;

/**
 * A CSV file with a header row, read row by row. Every data row must have as many cells as the header; a row that
 * does not is an error naming its line. Read from bytes, because Jackson drops a UTF-8 BOM only from a stream.
 */
public final class CsvTable {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private CsvTable() {}

  /** Checks the header row (line 1). */
  @FunctionalInterface
  public interface HeaderHandler {
    void header(String[] names) throws ListFormatException;
  }

  /** Takes one data row and its physical line number. */
  @FunctionalInterface
  public interface RowHandler {
    void row(long line, String[] cells) throws ListFormatException;
  }

  /** Reads every row; blank lines are skipped. Returns the number of data rows. */
  public static int read(InputStream in, String file, HeaderHandler onHeader, RowHandler onRow) throws IOException, ListFormatException {
    int rows = 0;
    try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(in)) {
      if (!it.hasNextValue()) {
        throw new ListFormatException(file, 1, "empty file, expected a header row");
      }
      String[] header = it.nextValue();
      onHeader.header(header);
      while (it.hasNextValue()) {
        long line = it.getCurrentLocation().getLineNr();
        String[] cells = it.nextValue();
        if (cells.length == 1 && cells[0].isBlank()) {
          continue;
        }
        if (cells.length != header.length) {
          throw new ListFormatException(file, line, "expected " + header.length + " columns, found " + cells.length);
        }
        onRow.row(line, cells);
        rows++;
      }
    } catch (JsonProcessingException e) {
      throw new ListFormatException(file, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), "not valid CSV: " + e.getOriginalMessage());
    }
    return rows;
  }
}
