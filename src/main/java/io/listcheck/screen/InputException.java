package io.listcheck.screen;

/**
 * A supplier input that cannot be read at all. The message names the file, the line where known, and the problem, on
 * one line: problems may quote the input, whose line breaks would otherwise split the message.
 */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String problem;

  public InputException(String source, long line, String problem) {
    this(line > 0 ? source + ":" + line + ": " : source + ": ", problem.replaceAll("\\R", " "));
  }

  private InputException(String where, String oneLineProblem) {
    super(where + oneLineProblem);
    this.problem = oneLineProblem;
  }

  /** The problem without file and line, for reporting it on one row. */
  public String problem() {
    return problem;
  }
}
