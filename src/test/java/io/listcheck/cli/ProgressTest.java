package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static String run(boolean terminal, long expected) {
    StringWriter err = new StringWriter();
    long[] now = {0};
    Progress progress = new Progress(new PrintWriter(err), terminal, expected, () -> now[0]);
    progress.row();
    now[0] = 2_000_000_000L;
    progress.row();
    progress.finish();
    return err.toString();
  }

  @Test
  void drawsABarOnATerminalAndClearsItAtTheEnd() {
    String shown = run(true, 4);
    assertThat(shown).startsWith("\rscreening [###############...............]  50% 2 rows").endsWith("\r\033[K");
  }

  @Test
  void writesNothingWhenNotOnATerminal() {
    assertThat(run(false, 4)).isEmpty();
  }

  @Test
  void countsRowsWhenTheTotalIsUnknown() {
    assertThat(run(true, 0)).contains("\rscreening 2 rows");
  }
}
