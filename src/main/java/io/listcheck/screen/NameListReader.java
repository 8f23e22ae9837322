package io.listcheck.screen;

import java.util.List;

/** Names given on the command line, as rows 1..n. */
public final class NameListReader implements SupplierReader {
  private final List<String> names;
  private int next;

  public NameListReader(List<String> names) {
    this.names = List.copyOf(names);
  }

  @Override
  public SupplierRecord next() {
    if (next >= names.size()) {
      return null;
    }
    next++;
    return new SupplierRecord(next, 0, names.get(next - 1).strip(), "", "");
  }

  @Override
  public void close() {}
}
