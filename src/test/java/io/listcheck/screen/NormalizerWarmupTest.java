package io.listcheck.screen;

import static org.assertj.core.api.Assertions.assertThat;

import io.listcheck.normalize.NameNormalizer;
import org.junit.jupiter.api.Test;

class NormalizerWarmupTest {

  @Test
  void warmsUpOnADaemonThreadThatEndsAndLeavesNormalizationAsItWas() throws Exception {
    String before = new NameNormalizer().fold("深圳市大疆创新科技有限公司 Société");

    Thread warmup = NormalizerWarmup.start();
    warmup.join(60_000);

    assertThat(warmup.isDaemon()).isTrue();
    assertThat(warmup.isAlive()).isFalse();
    assertThat(new NameNormalizer().fold("深圳市大疆创新科技有限公司 Société")).isEqualTo(before);
  }
}
