package io.listcheck.screen;

/** Which columns of a supplier table to read; an empty name means "find it by its header". */
public record InputColumns(String name, String id, String country) {
  public static final InputColumns AUTO = new InputColumns("", "", "");

  public InputColumns {
    name = name == null ? "" : name;
    id = id == null ? "" : id;
    country = country == null ? "" : country;
  }
}
