package io.listcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnapshotExceptionTest {
  @Test
  void quotesASourceIdWithLineBreaksOnOneLine() {
    assertThat(new SnapshotException("lists/x.jsonl: holds entries of source 'a\nb', not of 'c'").getMessage())
        .isEqualTo("lists/x.jsonl: holds entries of source 'a b', not of 'c'");
  }
}
