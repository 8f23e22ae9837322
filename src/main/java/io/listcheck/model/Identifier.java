package io.listcheck.model;

/** A registry or document number the list gives for an entry, e.g. a Unified Social Credit Code. */
public record Identifier(String type, String value, String country) {
  public Identifier {
    country = country == null ? "" : country;
  }
}
