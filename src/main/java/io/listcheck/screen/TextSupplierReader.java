package io.listcheck.screen;

import java.io.BufferedReader;
import java.io.IOException;

/** Plain text, one supplier name per line; line n is row n, and a blank line is a row without a name. */
public final class TextSupplierReader implements SupplierReader {
  private final String source;
  private final BufferedReader in;
  private long line;

  public TextSupplierReader(String source, BufferedReader in) {
    this.source = source;
    this.in = in;
  }

  @Override
  public SupplierRecord next() throws InputException {
    try {
      String text = in.readLine();
      if (text == null) {
        return null;
      }
      line++;
      return new SupplierRecord(line, line, text.strip(), "", "");
    } catch (IOException e) {
      throw new InputException(source, line + 1, "cannot read: " + e.getMessage());
    }
  }

  @Override
  public void close() throws InputException {
    try {
      in.close();
    } catch (IOException e) {
      throw new InputException(source, 0, "cannot close: " + e.getMessage());
    }
  }
}
