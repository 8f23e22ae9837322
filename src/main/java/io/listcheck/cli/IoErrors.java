package io.listcheck.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Words for an I/O failure in a one-line message; NIO's own messages are often nothing but the path. */
final class IoErrors {
  private IoErrors() {}

  /** "FILE: problem" when the failure names its file, else the problem alone. */
  static String describe(IOException e) {
    return e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " + reason(e) : reason(e);
  }

  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists (and is not a folder)";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage();
  }
}
