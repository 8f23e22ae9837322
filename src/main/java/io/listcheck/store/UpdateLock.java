package io.listcheck.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Makes {@code update}s of one {@code lists/} folder take turns: an OS file lock on {@code lists/.update.lock},
 * which the OS releases when the process ends however it ends, so a killed update never leaves a stale lock.
 * The lock file itself stays (empty); deleting it would let a waiting process lock a file that is gone.
 */
public final class UpdateLock implements AutoCloseable {
  public static final String FILE = ".update.lock";
  private static final long POLL_MILLIS = 100;

  private final FileChannel channel;
  private final FileLock lock;

  private UpdateLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, waiting up to {@code wait} for another update to finish, then removes temp files a killed
   * update may have left behind.
   *
   * @throws SnapshotException when another update still holds the lock after {@code wait}
   */
  public static UpdateLock acquire(Path dir, Duration wait) throws SnapshotException, IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    long deadline = System.nanoTime() + wait.toNanos();
    try {
      while (true) {
        FileLock lock = tryLock(channel);
        if (lock != null) {
          removeLeftoverTempFiles(dir);
          return new UpdateLock(channel, lock);
        }
        if (System.nanoTime() >= deadline) {
          throw new SnapshotException(file + ": another 'listcheck update' is running on this folder"
              + (wait.isZero() ? "; try again when it has finished, or pass --wait 10m to wait for it"
                  : " and did not finish within --wait " + (wait.toMillis() % 1000 == 0 ? wait.toSeconds() + "s" : wait.toMillis() + "ms")));
        }
        Thread.sleep(POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      channel.close();
      throw new SnapshotException(file + ": interrupted while waiting for another update to finish");
    } catch (SnapshotException | IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static FileLock tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock();
    } catch (OverlappingFileLockException heldInThisJvm) {
      return null;
    }
  }

  /** {@link SnapshotStore#writeAtomically} temp files (".name.tmp") of an update that was killed mid-write. */
  private static void removeLeftoverTempFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(p -> {
        String name = p.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
      }).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
