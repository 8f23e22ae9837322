package io.listcheck.screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/** A CSV supplier table with a header row. The name column is given or found by its header. */
public final class CsvSupplierReader implements SupplierReader {
  private static final CsvMapper MAPPER = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

  private final String source;
  private final MappingIterator<String[]> rows;
  private final int nameColumn;
  private final int idColumn;
  private final int countryColumn;
  private long row;

  /**
   * @param source the file name used in messages
   * @param in read as bytes, because Jackson drops a UTF-8 BOM only from a stream, not from a Reader
   */
  public CsvSupplierReader(String source, InputStream in, InputColumns columns) throws InputException {
    this.source = source;
    try {
      this.rows = MAPPER.readerFor(String[].class).readValues(in);
      if (!rows.hasNextValue()) {
        throw new InputException(source, 0, "the file is empty; expected a header row naming the supplier name column");
      }
      List<String> headers = Arrays.asList(rows.nextValue());
      this.nameColumn = columns.name().isEmpty()
          ? Columns.findName(headers).orElseThrow(() -> new InputException(source, 1,
              "no supplier name column; use --column NAME. Columns found: " + Columns.describe(headers)))
          : Columns.find(headers, columns.name()).orElseThrow(() -> new InputException(source, 1,
              "no column named '" + columns.name() + "'. Columns found: " + Columns.describe(headers)));
      this.idColumn = optionalColumn(headers, columns.id(), "--id-column");
      this.countryColumn = optionalColumn(headers, columns.country(), "--country-column");
    } catch (JsonProcessingException e) {
      throw new InputException(source, lineOf(e), "not valid CSV: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot read: " + e.getMessage());
    }
  }

  private int optionalColumn(List<String> headers, String wanted, String option) throws InputException {
    if (wanted.isEmpty()) {
      return -1;
    }
    return Columns.find(headers, wanted).orElseThrow(() -> new InputException(source, 1,
        "no column named '" + wanted + "' for " + option + ". Columns found: " + Columns.describe(headers)));
  }

  @Override
  public SupplierRecord next() throws InputException {
    try {
      if (!rows.hasNextValue()) {
        return null;
      }
      long line = rows.getCurrentLocation().getLineNr();
      String[] cells = rows.nextValue();
      row++;
      return new SupplierRecord(row, line, cell(cells, nameColumn), cell(cells, idColumn), cell(cells, countryColumn));
    } catch (JsonProcessingException e) {
      throw new InputException(source, lineOf(e), "not valid CSV: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot read: " + e.getMessage());
    }
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
