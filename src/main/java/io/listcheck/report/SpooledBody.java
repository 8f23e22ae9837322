package io.listcheck.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The per-row part of a report whose header needs totals (JUnit counts, the HTML summary): written to a temporary
 * file while results stream in, then copied after the header, so no row is held in memory.
 */
final class SpooledBody implements AutoCloseable {
  private final Path file;
  private final Writer writer;

  SpooledBody() throws IOException {
    this.file = Files.createTempFile("listcheck-report", ".part");
    this.writer = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  Writer writer() {
    return writer;
  }

  void copyTo(Writer out) throws IOException {
    writer.flush();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.transferTo(out);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
