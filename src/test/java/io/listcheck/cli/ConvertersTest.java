package io.listcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {

  @Test
  void readsDurationsAsPeopleWriteThem() {
    DurationConverter d = new DurationConverter();
    assertThat(d.convert("30d")).isEqualTo(Duration.ofDays(30));
    assertThat(d.convert("12h")).isEqualTo(Duration.ofHours(12));
    assertThat(d.convert("90m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(d.convert("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(d.convert("2w")).isEqualTo(Duration.ofDays(14));
    assertThat(d.convert("PT36H")).isEqualTo(Duration.ofHours(36));
    assertThatThrownBy(() -> d.convert("1 month")).isInstanceOf(TypeConversionException.class).hasMessageContaining("like 2w, 30d");
    assertThatThrownBy(() -> d.convert("-PT1H")).isInstanceOf(TypeConversionException.class);
  }

  @Test
  void readsSizesInBinaryUnits() {
    SizeConverter s = new SizeConverter();
    assertThat(s.convert("500000")).isEqualTo(500_000L);
    assertThat(s.convert("2KB")).isEqualTo(2048L);
    assertThat(s.convert("64mb")).isEqualTo(64L << 20);
    assertThatThrownBy(() -> s.convert("0")).isInstanceOf(TypeConversionException.class);
    assertThatThrownBy(() -> s.convert("-5MB")).isInstanceOf(TypeConversionException.class);
  }
}
