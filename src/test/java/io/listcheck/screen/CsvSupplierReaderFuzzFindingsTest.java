package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Inputs the fuzzers found, kept as readable regression tests (the raw findings are under *FuzzTestInputs/). */
class CsvSupplierReaderFuzzFindingsTest {

  private static CsvSupplierReader open(String csv) throws InputException {
    return new CsvSupplierReader("vendors.csv", new StringReader(csv), InputColumns.AUTO);
  }

  @Test
  void listsTheColumnsFoundOnOneLineWhenAQuotedHeaderHoldsALineBreak() {
    assertThatThrownBy(() -> open("id,\"city\r\nof\u2028birth\"\n1,Austin\n"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("vendors.csv:1: no supplier name column; use --column NAME. Columns found: 'id', 'city")
        .hasMessageNotContainingAny("\n", "\r");
  }
}
