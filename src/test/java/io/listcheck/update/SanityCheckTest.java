package io.listcheck.update;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.source.EntryBounds;
import org.junit.jupiter.api.Test;

class SanityCheckTest {
  private static final EntryBounds OFAC = new EntryBounds(10, 20_000);

  @Test
  void acceptsANormalUpdate() {
    assertThat(SanityCheck.DEFAULT.reject(OFAC, 442, 440)).isNull();
    assertThat(SanityCheck.DEFAULT.reject(OFAC, 0, 442)).isNull();
  }

  @Test
  void rejectsEmptyOutOfBoundsAndShrunkData() {
    assertThat(SanityCheck.DEFAULT.reject(OFAC, 442, 0)).contains("no entries");
    assertThat(SanityCheck.DEFAULT.reject(OFAC, 0, 3)).contains("3 entries, outside the plausible range for this source (10 to 20000)");
    assertThat(SanityCheck.DEFAULT.reject(OFAC, 442, 30_000)).contains("outside the plausible range");
    assertThat(SanityCheck.DEFAULT.reject(OFAC, 442, 221)).contains("221 entries against 442 before (50% fewer, more than the 20% allowed)");
  }

  @Test
  void acceptShrinkLiftsOnlyTheShrinkLimit() {
    SanityCheck accepting = new SanityCheck(0.2, true);
    assertThat(accepting.reject(OFAC, 442, 221)).isNull();
    assertThat(accepting.reject(OFAC, 442, 5)).contains("outside the plausible range");
    assertThat(accepting.reject(EntryBounds.NON_EMPTY, 442, 0)).contains("no entries");
  }
}
