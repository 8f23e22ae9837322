package io.listcheck.cli;

import io.listcheck.store.SnapshotStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Report files are written whole or not at all: each goes to a temporary file beside its target and is renamed
 * into place only when the run completes, so a run stopped by unreadable input never leaves a truncated SARIF or
 * JSON file for CI to upload, nor overwrites a good report from an earlier run.
 */
final class ReportFiles implements AutoCloseable {
  private final Map<Path, Path> pending = new LinkedHashMap<>();

  Writer open(Path target, String format) {
    if (Files.isDirectory(target)) {
      // Else the rename at the end fails, naming the temporary file instead of the report.
      throw new UserError(ExitCode.USAGE, target + ": is a folder; give a file name for the " + format + " report");
    }
    Path dir = target.toAbsolutePath().getParent();
    try {
      Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      SnapshotStore.makeReadable(temp);
      pending.put(temp, target);
      return Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UserError(ExitCode.USAGE, target + ": cannot write the " + format + " report ("
          + (e instanceof NoSuchFileException ? "no such folder" : IoErrors.reason(e)) + ")");
    }
  }

  /** Moves every finished report into place; call after the report writers are closed. */
  void commit() throws IOException {
    for (Map.Entry<Path, Path> report : pending.entrySet()) {
      try {
        Files.move(report.getKey(), report.getValue(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(report.getKey(), report.getValue(), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    pending.clear();
  }

  @Override
  public void close() throws IOException {
    for (Path temp : pending.keySet()) {
      Files.deleteIfExists(temp);
    }
  }
}
