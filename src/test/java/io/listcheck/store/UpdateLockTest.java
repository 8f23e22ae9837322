package io.listcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpdateLockTest {

  @Test
  void letsOnlyOneHolderInAtATimeAndIsFreeAgainAfterClose(@TempDir Path dir) throws Exception {
    UpdateLock first = UpdateLock.acquire(dir, Duration.ZERO);
    try {
      assertThatThrownBy(() -> UpdateLock.acquire(dir, Duration.ofMillis(250)))
          .isInstanceOf(SnapshotException.class).hasMessageContaining("did not finish within --wait 250ms");
    } finally {
      first.close();
    }
    UpdateLock.acquire(dir, Duration.ZERO).close();
    assertThat(dir.resolve(UpdateLock.FILE)).exists();
  }

  @Test
  void removesTempFilesAKilledUpdateLeftBehind(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".manifest.json12345.tmp"), "half a manifest");
    Files.writeString(dir.resolve("manifest.json"), "{}");
    UpdateLock.acquire(dir, Duration.ZERO).close();
    assertThat(dir.resolve(".manifest.json12345.tmp")).doesNotExist();
    assertThat(dir.resolve("manifest.json")).exists();
  }
}
