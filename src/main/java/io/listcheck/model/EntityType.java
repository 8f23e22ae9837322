package io.listcheck.model;

/** What kind of thing a list entry names. Categories (e.g. "foreign-produced drones") are shown but never name-matched. */
public enum EntityType {
  ORGANIZATION,
  INDIVIDUAL,
  VESSEL,
  AIRCRAFT,
  CATEGORY;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
