package io.listcheck.cli;

import io.listcheck.screen.InputColumns;
import io.listcheck.screen.InputException;
import io.listcheck.screen.InputFormat;
import io.listcheck.screen.SupplierInputs;
import io.listcheck.screen.SupplierReader;
import io.listcheck.store.SnapshotStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The supplier file named on the command line, '-' being standard input. Standard input is first copied to a
 * temporary file so that it can be hashed for the audit header and decoded like any file; {@link #close} removes it.
 */
final class SupplierFile implements AutoCloseable {
  private final String given;
  private final Path path;
  private final InputFormat format;

  private SupplierFile(String given, Path path, InputFormat format) {
    this.given = given;
    this.path = path;
    this.format = format;
  }

  static SupplierFile of(String given, String inputFormat, InputStream stdin) throws IOException {
    InputFormat format = format(given, inputFormat);
    if (isStdin(given)) {
      Path copy = Files.createTempFile("listcheck-stdin", ".input");
      Files.copy(stdin, copy, StandardCopyOption.REPLACE_EXISTING);
      return new SupplierFile(given, copy, format);
    }
    Path path = Path.of(given);
    if (Files.isDirectory(path)) {
      throw new UserError(ExitCode.USAGE, given + ": is a folder, not a supplier file");
    }
    if (!Files.isRegularFile(path)) {
      throw new UserError(ExitCode.USAGE, given + ": no such file");
    }
    return new SupplierFile(given, path, format);
  }

  private static boolean isStdin(String given) {
    return "-".equals(given);
  }

  private static InputFormat format(String given, String inputFormat) {
    if (inputFormat != null) {
      return InputFormat.byLabel(inputFormat).orElseThrow(() -> new UserError(ExitCode.USAGE,
          "--input-format: unknown format '" + inputFormat + "' (known: " + InputFormat.labels() + ")"));
    }
    if (isStdin(given)) {
      return InputFormat.CSV;
    }
    return InputFormat.byFileName(given).orElseThrow(() -> new UserError(ExitCode.USAGE, given
        + ": cannot tell the format from the file name; give --input-format (" + InputFormat.labels() + ")"));
  }

  /** The name in messages and in the audit header ("stdin" for standard input). */
  String displayName() {
    return isStdin(given) ? "stdin" : given;
  }

  String fileName() {
    return isStdin(given) ? "stdin" : path.getFileName().toString();
  }

  String sha256() throws IOException {
    return SnapshotStore.sha256(path);
  }

  SupplierReader open(InputColumns columns, String sheet, PrintWriter err) throws InputException, IOException {
    return SupplierInputs.open(path, displayName(), format, columns, sheet, warning -> {
      err.println("listcheck: warning: " + warning);
      err.flush();
    });
  }

  /** Lines in a text input, an estimate of its rows for the progress bar; 0 for a workbook. */
  long estimatedRows() throws IOException {
    if (format == InputFormat.XLSX) {
      return 0;
    }
    long lines = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        for (int i = 0; i < n; i++) {
          lines += buffer[i] == '\n' ? 1 : 0;
        }
      }
    }
    return lines;
  }

  @Override
  public void close() throws IOException {
    if (isStdin(given)) {
      Files.deleteIfExists(path);
    }
  }
}
