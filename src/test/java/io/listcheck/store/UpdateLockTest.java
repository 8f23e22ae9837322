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
    try (UpdateLock first = UpdateLock.acquire(dir, Duration.ZERO)) {
      assertThatThrownBy(() -> UpdateLock.acquire(dir, Duration.ofMillis(250)))
          .isInstanceOf(SnapshotException.class).hasMessageContaining("did not finish within --wait");
    }
    try (UpdateLock again = UpdateLock.acquire(dir, Duration.ZERO)) {
      assertThat(dir.resolve(UpdateLock.FILE)).exists();
    }
  }

  @Test
  void removesTempFilesAKilledUpdateLeftBehind(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve(".manifest.json12345.tmp"), "half a manifest");
    Files.writeString(dir.resolve("manifest.json"), "{}");
    try (UpdateLock lock = UpdateLock.acquire(dir, Duration.ZERO)) {
      assertThat(dir.resolve(".manifest.json12345.tmp")).doesNotExist();
      assertThat(dir.resolve("manifest.json")).exists();
    }
  }
}
