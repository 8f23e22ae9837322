package io.listcheck.screen;

/**
 * Streams supplier records from one input, in input order, so that inputs of millions of rows are never held in
 * memory. Rows that cannot be read are returned as records with an empty name and reported as errors.
 */
public interface SupplierReader extends AutoCloseable {

  /** The next record, or {@code null} at the end of the input. */
  SupplierRecord next() throws InputException;

  @Override
  void close() throws InputException;
}
