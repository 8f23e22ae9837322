package io.listcheck.model;

import java.util.Objects;

/** An alternative name of a listed entry. */
public record Alias(String name, AliasKind kind) {
  public Alias {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  public static Alias aka(String name) {
    return new Alias(name, AliasKind.AKA);
  }
}
