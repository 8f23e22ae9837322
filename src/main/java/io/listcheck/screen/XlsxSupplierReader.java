package io.listcheck.screen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * An Excel workbook (.xlsx), streamed row by row with fastexcel: the first sheet, or the one named by --sheet. The
 * first non-empty row is the header row; "line" is the spreadsheet's row number, as Excel shows it.
 */
public final class XlsxSupplierReader implements SupplierReader {
  private final String source;
  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final Columns.Selected columns;
  private long row;

  public XlsxSupplierReader(Path file, String source, String sheetName, InputColumns wanted) throws InputException {
    this.source = source;
    ReadableWorkbook opened = null;
    try {
      opened = new ReadableWorkbook(file.toFile());
      Sheet sheet = sheet(opened, sheetName);
      this.stream = sheet.openStream();
      this.rows = stream.iterator();
      if (!rows.hasNext()) {
        throw new InputException(source, 0, "sheet '" + sheet.getName() + "' is empty; expected a header row naming the supplier name column");
      }
      Row header = rows.next();
      this.columns = Columns.select(source, header.getRowNum(), cells(header), wanted);
      this.workbook = opened;
    } catch (InputException e) {
      closeQuietly(opened);
      throw e;
    } catch (IOException | RuntimeException e) {
      closeQuietly(opened);
      throw new InputException(source, 0, "not a readable .xlsx workbook (" + describe(e) + ")");
    }
  }

  private Sheet sheet(ReadableWorkbook book, String name) throws InputException {
    if (name.isEmpty()) {
      return book.getFirstSheet();
    }
    Optional<Sheet> named = book.findSheet(name);
    if (named.isPresent()) {
      return named.get();
    }
    List<String> names = book.getSheets().map(Sheet::getName).toList();
    throw new InputException(source, 0, "no sheet named '" + name + "'. Sheets found: " + Columns.describe(names));
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>(row.getCellCount());
    for (int i = 0; i < row.getCellCount(); i++) {
      cells.add(text(row, i));
    }
    return cells;
  }

  private static String text(Row row, int column) {
    if (column < 0 || column >= row.getCellCount() || row.getCell(column) == null) {
      return "";
    }
    String text = row.getCellText(column);
    return text == null ? "" : text.strip();
  }

  @Override
  public SupplierRecord next() throws InputException {
    try {
      if (!rows.hasNext()) {
        return null;
      }
      Row next = rows.next();
      row++;
      return new SupplierRecord(row, next.getRowNum(), text(next, columns.name()), text(next, columns.id()),
          text(next, columns.country()));
    } catch (RuntimeException e) {
      throw new InputException(source, 0, "unreadable sheet data after row " + row + " (" + describe(e) + ")");
    }
  }

  private static String describe(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return message.replaceAll("\\s+", " ");
  }

  private static void closeQuietly(ReadableWorkbook book) {
    if (book != null) {
      try {
        book.close();
      } catch (IOException | RuntimeException ignored) {
        // already failing with a clearer message
      }
    }
  }

  @Override
  public void close() throws InputException {
    try {
      stream.close();
      workbook.close();
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot close: " + e.getMessage());
    }
  }
}
