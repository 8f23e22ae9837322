package io.listcheck.screen;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a text supplier file (CSV, JSON, plain text) as characters. Files exported from older ERPs and Excel are
 * often Windows-1252 rather than UTF-8, so the file is checked once, streaming, and read as Windows-1252 with a
 * warning when it is not valid UTF-8. A UTF-8 byte order mark is skipped; a UTF-16 one (Excel's "Unicode Text")
 * selects UTF-16. Binary files are refused.
 */
public final class TextInput {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final int SNIFF_BYTES = 8192;
  private static final int BUFFER = 64 * 1024;

  private TextInput() {}

  public static BufferedReader open(Path file, String source, Consumer<String> warnings) throws InputException, IOException {
    Charset charset = utf16ByBom(file);
    if (charset == null) {
      refuseBinary(file, source);
      long badLine = firstNonUtf8Line(file);
      charset = StandardCharsets.UTF_8;
      if (badLine > 0) {
        charset = WINDOWS_1252;
        warnings.accept(source + ":" + badLine + ": not valid UTF-8; reading the file as Windows-1252"
            + " (check accented names in the report, or save the file as UTF-8)");
      }
    }
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    skipBom(in, charset);
    return new BufferedReader(new InputStreamReader(in, charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), BUFFER);
  }

  private static void refuseBinary(Path file, String source) throws IOException, InputException {
    byte[] head = new byte[SNIFF_BYTES];
    int n;
    try (InputStream in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      throw new InputException(source, 1, "this is a ZIP file (an .xlsx workbook?), not text; use --input-format xlsx for a workbook");
    }
    long line = 1;
    for (int i = 0; i < n; i++) {
      if (head[i] == '\n') {
        line++;
      } else if (head[i] == 0) {
        throw new InputException(source, line, "binary data (a NUL byte at byte " + (i + 1)
            + "); expected a text file (CSV, JSON or one name per line), or give --input-format");
      }
    }
  }

  /** Excel's "Unicode Text" export is UTF-16 with a byte order mark; such a file is UTF-16, not binary. */
  private static Charset utf16ByBom(Path file) throws IOException {
    byte[] bom;
    try (InputStream in = Files.newInputStream(file)) {
      bom = in.readNBytes(2);
    }
    if (bom.length == 2 && (bom[0] & 0xFF) == 0xFF && (bom[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return bom.length == 2 && (bom[0] & 0xFF) == 0xFE && (bom[1] & 0xFF) == 0xFF ? StandardCharsets.UTF_16BE : null;
  }

  private static void skipBom(InputStream in, Charset charset) throws IOException {
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    boolean utf16 = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE);
    if (utf16) {
      in.skipNBytes(2);
      return;
    }
    in.mark(3);
    byte[] bom = in.readNBytes(3);
    boolean isBom = bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB && (bom[2] & 0xFF) == 0xBF;
    if (!isBom || !utf8) {
      in.reset();
    }
  }

  /** The line of the first byte sequence that is not UTF-8, or 0 when the whole file is valid UTF-8. */
  static long firstNonUtf8Line(Path file) throws IOException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    CharBuffer chars = CharBuffer.allocate(BUFFER);
    long line = 1;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
      boolean end = false;
      while (!end) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        end = n < 0;
        bytes.position(bytes.position() + Math.max(n, 0));
        bytes.flip();
        CoderResult result;
        do {
          result = decoder.decode(bytes, chars, end);
          line += newlines(chars);
        } while (result.isOverflow());
        if (result.isError() || (end && bytes.hasRemaining())) {
          return line;
        }
        bytes.compact();
      }
    }
    return 0;
  }

  private static long newlines(CharBuffer chars) {
    chars.flip();
    long count = 0;
    while (chars.hasRemaining()) {
      if (chars.get() == '\n') {
        count++;
      }
    }
    chars.clear();
    return count;
  }
}
