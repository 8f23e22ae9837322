package io.listcheck.fetch;

/** Told how a download advances; the command line draws a bar from it on a terminal. */
public interface DownloadProgress {
  DownloadProgress NONE = new DownloadProgress() {
    @Override
    public void started(String label, long expectedBytes) {}

    @Override
    public void advanced(long bytes) {}

    @Override
    public void finished() {}
  };

  /** @param expectedBytes the announced size, or -1 when unknown (chunked or compressed answers) */
  void started(String label, long expectedBytes);

  /** {@code bytes} more bytes arrived. */
  void advanced(long bytes);

  /** The download ended, well or not. */
  void finished();
}
