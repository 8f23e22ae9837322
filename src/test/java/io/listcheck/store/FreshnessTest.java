package io.listcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.model.SourceInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FreshnessTest {
  private static final Instant NOW = Instant.parse("2026-11-21T00:00:00Z");

  private static SourceInfo source(String asOf, String retrievedAt, String lastChecked) {
    return new SourceInfo("s", "S", "P", "https://example.gov/s", "c", "c", asOf, retrievedAt, lastChecked, 1, 1,
        List.of(), "", "s.json", "00");
  }

  @Test
  void agesFromTheLastConfirmationWithThePublisher() {
    Freshness f = Freshness.of(source("2026-01-01", "2026-11-01T00:00:00Z", "2026-11-20T19:00:00Z"), NOW, null);
    assertThat(f.ageLabel()).isEqualTo("5h");
    assertThat(f.status()).isEqualTo("ok");
  }

  @Test
  void agesFromTheAsOfDateOfDataNeverCheckedWithThePublisher() {
    Freshness f = Freshness.of(source("2026-10-21", "2026-11-20T00:00:00Z", ""), NOW, Duration.ofDays(7));
    assertThat(f.ageLabel()).isEqualTo("31d");
    assertThat(f.stale()).isTrue();
    assertThat(f.status()).isEqualTo("stale");
  }

  @Test
  void showsAMalformedDateAsUnknownAgeNotAsFresh() {
    Freshness f = Freshness.of(source("", "yesterday-ish", "not a date"), NOW, null);
    assertThat(f.age()).isNull();
    assertThat(f.ageLabel()).isEqualTo("unknown");
  }

  @Test
  void treatsAnUnknownAgeAsStaleUnderAnyLimit() {
    Freshness f = Freshness.of(source("", "", "garbage"), NOW, Duration.ofDays(3650));
    assertThat(f.stale()).isTrue();
    assertThat(f.status()).isEqualTo("stale");
  }
}
