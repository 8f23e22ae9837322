package io.listcheck.screen;

/** A supplier input that cannot be read at all. The message names the file, the line where known, and the problem. */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String problem;

  public InputException(String source, long line, String problem) {
    super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
    this.problem = problem;
  }

  /** The problem without file and line, for reporting it on one row. */
  public String problem() {
    return problem;
  }
}
