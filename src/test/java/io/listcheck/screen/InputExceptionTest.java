package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputExceptionTest {
  @Test
  void quotesInputWithLineBreaksOnOneLine() {
    InputException e = new InputException("suppliers.csv", 3, "no column 'Supplier\r\nName'");
    assertThat(e.getMessage()).isEqualTo("suppliers.csv:3: no column 'Supplier Name'");
    assertThat(e.problem()).isEqualTo("no column 'Supplier Name'");
  }
}
