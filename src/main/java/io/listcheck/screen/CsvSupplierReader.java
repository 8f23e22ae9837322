package io.listcheck.screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * A delimited supplier table with a header row. The delimiter ({@code ,} {@code ;} tab or {@code |}) is detected
 * from the header line; fields may be quoted. The name column is given or found by its header.
 */
public final class CsvSupplierReader implements SupplierReader {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final int SNIFF_CHARS = 64 * 1024;

  private final String source;
  private final MappingIterator<String[]> rows;
  private final Columns.Selected columns;
  private long row;

  /**
   * @param source the file name used in messages
   * @param in the decoded text, without a byte order mark (see {@link TextInput})
   */
  public CsvSupplierReader(String source, Reader in, InputColumns wanted) throws InputException {
    this.source = source;
    try {
      BufferedReader text = in instanceof BufferedReader b ? b : new BufferedReader(in, SNIFF_CHARS);
      CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(detectDelimiter(text));
      this.rows = MAPPER.readerFor(String[].class).with(schema).readValues(text);
      if (!rows.hasNextValue()) {
        throw new InputException(source, 0, "the file is empty; expected a header row naming the supplier name column");
      }
      long headerLine = lineOfNext();
      String[] headers = rows.nextValue();
      this.columns = Columns.select(source, headerLine, Arrays.asList(headers), wanted);
    } catch (JsonProcessingException e) {
      throw new InputException(source, lineOf(e), "not valid CSV: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot read: " + e.getMessage());
    }
  }

  /** The separator that occurs most often, outside quotes, in the header line; a comma when none does. */
  static char detectDelimiter(BufferedReader text) throws IOException {
    text.mark(SNIFF_CHARS);
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    for (int i = 0, c; i < SNIFF_CHARS && (c = text.read()) >= 0; i++) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted) {
        for (int d = 0; d < DELIMITERS.length; d++) {
          counts[d] += c == DELIMITERS[d] ? 1 : 0;
        }
      }
    }
    text.reset();
    int best = 0;
    for (int d = 1; d < DELIMITERS.length; d++) {
      best = counts[d] > counts[best] ? d : best;
    }
    return DELIMITERS[best];
  }

  @Override
  public SupplierRecord next() throws InputException {
    // Where the previous row ended: a broken row (an unclosed quote) is reported where it starts, not at the end of file.
    long after = lineOfNext();
    try {
      if (!rows.hasNextValue()) {
        return null;
      }
      long line = lineOfNext();
      String[] cells = rows.nextValue();
      row++;
      if (cells.length <= columns.name() && !(cells.length == 1 && cells[0].isEmpty())) {
        return SupplierRecord.unreadable(row, line, "this row has " + cells.length
            + " field(s); the name is in column " + (columns.name() + 1));
      }
      return new SupplierRecord(row, line, cell(cells, columns.name()), cell(cells, columns.id()),
          cell(cells, columns.country()));
    } catch (JsonProcessingException e) {
      long at = lineOf(e);
      String where = at > after ? " (in the row starting on line " + after + ")" : "";
      throw new InputException(source, at, "not valid CSV: " + e.getOriginalMessage() + where);
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot read: " + e.getMessage());
    }
  }

  private long lineOfNext() {
    return rows.getParser().currentLocation().getLineNr();
  }

  private static String cell(String[] cells, int column) {
    return column >= 0 && column < cells.length ? cells[column].strip() : "";
  }

  private static long lineOf(JsonProcessingException e) {
    return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
  }

  @Override
  public void close() throws InputException {
    try {
      rows.close();
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot close: " + e.getMessage());
    }
  }
}
