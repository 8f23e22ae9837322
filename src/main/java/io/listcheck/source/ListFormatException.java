package io.listcheck.source;

/**
 * A list file is not in the format its parser expects. The message names the file, the line and the problem, on one
 * line: problems often quote the file (a header, a cell), whose line breaks would otherwise split the message.
 */
public class ListFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  public ListFormatException(String file, long line, String problem) {
    super((line > 0 ? file + ":" + line + ": " : file + ": ") + problem.replaceAll("\\R", " "));
  }
}
