package io.listcheck.model;

/**
 * What kind of thing a list entry names. Categories (e.g. "foreign-produced drones"), vessels and aircraft are shown
 * but never name-matched (see {@link ListEntry#isNameMatchable()}).
 */
public enum EntityType {
  ORGANIZATION,
  INDIVIDUAL,
  VESSEL,
  AIRCRAFT,
  CATEGORY;

  /** Reads a publisher's type column ("individual", "Vessel", ...); anything else, including empty, is an organization. */
  public static EntityType ofListType(String type) {
    return switch (type.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "individual" -> INDIVIDUAL;
      case "vessel" -> VESSEL;
      case "aircraft" -> AIRCRAFT;
      default -> ORGANIZATION;
    };
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
