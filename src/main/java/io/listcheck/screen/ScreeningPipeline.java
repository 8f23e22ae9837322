package io.listcheck.screen;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads suppliers, screens them and hands each result on in input order.
 *
 * <p>Reading and consuming stay on the calling thread; matching runs on a fixed pool, one batch of rows per task.
 * At most {@code window} batches are read ahead of the consumer, so memory stays bounded however long the input
 * is, and results leave in the order their rows came in because the oldest batch is always consumed first.
 */
public final class ScreeningPipeline {
  /** Rows per task: large enough that hand-over costs vanish next to matching, small enough to keep both cores busy. */
  public static final int DEFAULT_BATCH = 256;

  /** Receives results in input order. */
  @FunctionalInterface
  public interface ResultConsumer {
    void accept(ScreeningResult result) throws IOException;
  }

  private final Screener screener;
  private final int threads;
  private final int batchSize;
  private final int window;

  /** Uses every available core. */
  public ScreeningPipeline(Screener screener) {
    this(screener, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
  }

  /**
   * @param threads matching threads; 1 screens on the calling thread
   * @param batchSize rows per task
   */
  public ScreeningPipeline(Screener screener, int threads, int batchSize) {
    if (threads < 1 || batchSize < 1) {
      throw new IllegalArgumentException("threads and batch size must be at least 1, got " + threads + " and " + batchSize);
    }
    this.screener = screener;
    this.threads = threads;
    this.batchSize = batchSize;
    // Enough batches queued that no worker waits while the consumer writes the oldest one.
    this.window = threads * 4;
  }

  /** The most rows that can be read but not yet consumed at any moment. */
  public int maxRowsInFlight() {
    return window * batchSize;
  }

  public void run(SupplierReader reader, ResultConsumer consumer) throws InputException, IOException {
    List<SupplierRecord> first = readBatch(reader);
    if (threads == 1 || first.size() < batchSize) {
      // A short input (e.g. --name) never pays for starting threads.
      screenInOrder(first, reader, consumer);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread worker = new Thread(task, "listcheck-screen");
      worker.setDaemon(true);
      return worker;
    });
    try {
      Deque<Future<List<ScreeningResult>>> inFlight = new ArrayDeque<>();
      for (List<SupplierRecord> batch = first; !batch.isEmpty(); batch = readBatch(reader)) {
        List<SupplierRecord> rows = batch;
        inFlight.add(pool.submit(() -> screenAll(rows)));
        if (inFlight.size() >= window) {
          hand(inFlight.poll(), consumer);
        }
      }
      while (!inFlight.isEmpty()) {
        hand(inFlight.poll(), consumer);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void screenInOrder(List<SupplierRecord> first, SupplierReader reader, ResultConsumer consumer)
      throws InputException, IOException {
    for (SupplierRecord supplier : first) {
      consumer.accept(screener.screen(supplier));
    }
    for (SupplierRecord supplier; (supplier = reader.next()) != null; ) {
      consumer.accept(screener.screen(supplier));
    }
  }

  private List<SupplierRecord> readBatch(SupplierReader reader) throws InputException {
    List<SupplierRecord> batch = new ArrayList<>(batchSize);
    for (SupplierRecord supplier; batch.size() < batchSize && (supplier = reader.next()) != null; ) {
      batch.add(supplier);
    }
    return batch;
  }

  private List<ScreeningResult> screenAll(List<SupplierRecord> batch) {
    List<ScreeningResult> results = new ArrayList<>(batch.size());
    for (SupplierRecord supplier : batch) {
      results.add(screener.screen(supplier));
    }
    return results;
  }

  private static void hand(Future<List<ScreeningResult>> batch, ResultConsumer consumer) throws IOException {
    for (ScreeningResult result : await(batch)) {
      consumer.accept(result);
    }
  }

  private static List<ScreeningResult> await(Future<List<ScreeningResult>> batch) throws InterruptedIOException {
    try {
      return batch.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("screening interrupted");
    } catch (ExecutionException e) {
      // A matcher failure is a bug; surface it unchanged so the CLI reports it as an internal error.
      if (e.getCause() instanceof RuntimeException bug) {
        throw bug;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
