package io.listcheck.fetch;

/**
 * Told how an update advances: each download byte by byte, and each parse as a step of unknown size. The command
 * line draws a bar from it on a terminal.
 */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {
    @Override
    public void started(String label, long expectedBytes) {}

    @Override
    public void advanced(long bytes) {}

    @Override
    public void finished() {}
  };

  /**
   * @param label what is being done, e.g. "ofac-nonsdn CONS_PRIM.CSV" or "ofac-nonsdn: parsing"
   * @param expectedBytes the announced size, or -1 when unknown (chunked or compressed answers, parsing)
   */
  void started(String label, long expectedBytes);

  /** {@code bytes} more bytes arrived. */
  void advanced(long bytes);

  /** The step ended, well or not. */
  void finished();
}
