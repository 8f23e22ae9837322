package io.listcheck.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads publishers' text files, which are sometimes UTF-8 and sometimes Windows-1252, with or without a BOM. */
public final class TextFiles {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextFiles() {}

  /** Decodes as strict UTF-8 (BOM dropped), falling back to Windows-1252 when the bytes are not UTF-8. */
  public static String read(Path file) throws IOException {
    try {
      return decode(Files.readAllBytes(file));
    } catch (FileSystemException e) {
      throw e;
    } catch (IOException e) {
      // A read error mid-file (bad disk, lost mount) names no file by itself.
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }

  public static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      return new String(bytes, start, bytes.length - start, WINDOWS_1252);
    }
  }
}
