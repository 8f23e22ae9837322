package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.fetch.ProgressListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

  @Test
  void drawsABarWithPercentAndSizesInPlace() {
    StringWriter sink = new StringWriter();
    long[] clock = {0};
    TerminalProgress bar = new TerminalProgress(new PrintWriter(sink), () -> clock[0]);
    bar.started("ofac-nonsdn CONS_PRIM.CSV", 4096);
    clock[0] += 200_000_000L;
    bar.advanced(1024);
    assertThat(bar.line()).isEqualTo("ofac-nonsdn CONS_PRIM.CSV  [======                  ]  25%  1.0 KB / 4.0 KB");
    bar.finished();
    assertThat(sink.toString()).contains("\r" + bar.line().substring(0, 10)).doesNotContain("\u001b").endsWith("\r");
  }

  @Test
  void showsOnlyTheBytesWhenTheSizeIsUnknownAndRedrawsAtMostTenTimesASecond() {
    StringWriter sink = new StringWriter();
    TerminalProgress bar = new TerminalProgress(new PrintWriter(sink), () -> 5L);
    bar.started("fcc-covered coveredlist.html", -1);
    assertThat(bar.line()).isEqualTo("fcc-covered coveredlist.html");
    for (int i = 0; i < 100; i++) {
      bar.advanced(2048);
    }
    assertThat(bar.line()).isEqualTo("fcc-covered coveredlist.html  200.0 KB");
    assertThat(sink.toString().chars().filter(c -> c == '\r').count()).isEqualTo(2);
  }

  @Test
  void drawsNothingWhenNotOnATerminalOrTurnedOff() {
    StringWriter sink = new StringWriter();
    // Test runs have no console; --no-progress turns it off everywhere.
    assertThat(TerminalProgress.forConsole(new PrintWriter(sink), false)).isSameAs(ProgressListener.NONE);
    assertThat(TerminalProgress.forConsole(new PrintWriter(sink), true)).isSameAs(ProgressListener.NONE);
    assertThat(TerminalProgress.isTerminal(null)).isFalse();
  }
}
