package io.listcheck.screen;

import java.io.IOException;

/** Reads suppliers, screens them and hands each result on in input order. */
public final class ScreeningPipeline {
  /** Receives results in input order. */
  @FunctionalInterface
  public interface ResultConsumer {
    void accept(ScreeningResult result) throws IOException;
  }

  private final Screener screener;

  public ScreeningPipeline(Screener screener) {
    this.screener = screener;
  }

  public void run(SupplierReader reader, ResultConsumer consumer) throws InputException, IOException {
    for (SupplierRecord supplier; (supplier = reader.next()) != null; ) {
      consumer.accept(screener.screen(supplier));
    }
  }
}
