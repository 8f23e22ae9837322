package io.listcheck.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One listing on one list, normalized from the publisher's format.
 *
 * @param id stable across list versions, {@code <sourceId>:<publisher's own key>}, e.g. {@code ofac-nonsdn:33111}
 * @param subList the list inside a consolidated publication (e.g. "NS-CMIC", "Entity List"), or empty
 * @param scope legal scope text, e.g. "includes subsidiaries and affiliates"; empty when the list says nothing
 * @param linkedTo names or ids of related listed entries (parents, "Linked To:" in OFAC remarks)
 */
public record ListEntry(
    String id,
    String sourceId,
    String primaryName,
    EntityType type,
    List<Alias> aliases,
    String subList,
    List<String> programs,
    List<String> countries,
    List<Address> addresses,
    List<Identifier> identifiers,
    List<ListingDate> dates,
    String remarks,
    String scope,
    List<String> linkedTo) {

  public ListEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(primaryName, "primaryName");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    subList = subList == null ? "" : subList;
    programs = List.copyOf(programs == null ? List.of() : programs);
    countries = List.copyOf(countries == null ? List.of() : countries);
    addresses = List.copyOf(addresses == null ? List.of() : addresses);
    identifiers = List.copyOf(identifiers == null ? List.of() : identifiers);
    dates = List.copyOf(dates == null ? List.of() : dates);
    remarks = remarks == null ? "" : remarks;
    scope = scope == null ? "" : scope;
    linkedTo = List.copyOf(linkedTo == null ? List.of() : linkedTo);
  }

  /** The primary name followed by every alias, in list order. */
  public List<String> allNames() {
    List<String> names = new ArrayList<>(1 + aliases.size());
    names.add(primaryName);
    aliases.forEach(a -> names.add(a.name()));
    return names;
  }

  /**
   * Whether screening compares supplier names against this entry. Only organisations and individuals can be
   * suppliers: categories are informational, and vessel and aircraft names ("DOVER", "AMBER") are ordinary words
   * that would hit companies; they stay in the snapshot and in reports of the entry.
   */
  public boolean isNameMatchable() {
    return type == EntityType.ORGANIZATION || type == EntityType.INDIVIDUAL;
  }

  /** Programs and sub-list as one short label for reports, e.g. "NS-CMIC / CMIC-EO13959". */
  public String programLabel() {
    return String.join(" / ", Stream.concat(Stream.of(subList), programs.stream()).filter(s -> !s.isBlank()).distinct().toList());
  }

  public static Builder builder(String sourceId, String key, String primaryName, EntityType type) {
    return new Builder(sourceId, key, primaryName, type);
  }

  /** Parsers collect fields row by row; the builder keeps that readable. */
  public static final class Builder {
    private final String sourceId;
    private final String id;
    private String primaryName;
    private final EntityType type;
    private final List<Alias> aliases = new ArrayList<>();
    private String subList = "";
    private final List<String> programs = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();
    private final List<Address> addresses = new ArrayList<>();
    private final List<Identifier> identifiers = new ArrayList<>();
    private final List<ListingDate> dates = new ArrayList<>();
    private final StringBuilder remarks = new StringBuilder();
    private String scope = "";
    private final List<String> linkedTo = new ArrayList<>();

    private Builder(String sourceId, String key, String primaryName, EntityType type) {
      this.sourceId = sourceId;
      this.id = sourceId + ":" + key;
      this.primaryName = primaryName;
      this.type = type;
    }

    public String id() {
      return id;
    }

    public Builder primaryName(String name) {
      this.primaryName = name;
      return this;
    }

    public Builder alias(String name, AliasKind kind) {
      if (name != null && !name.isBlank() && !name.equals(primaryName)
          && aliases.stream().noneMatch(a -> a.name().equals(name))) {
        aliases.add(new Alias(name.strip(), kind));
      }
      return this;
    }

    public Builder subList(String value) {
      this.subList = value;
      return this;
    }

    public Builder program(String program) {
      if (program != null && !program.isBlank() && !programs.contains(program.strip())) {
        programs.add(program.strip());
      }
      return this;
    }

    public Builder country(String country) {
      if (country != null && !country.isBlank() && !countries.contains(country.strip())) {
        countries.add(country.strip());
      }
      return this;
    }

    public Builder address(Address address) {
      if (!address.oneLine().isEmpty()) {
        addresses.add(address);
        country(address.country());
      }
      return this;
    }

    public Builder identifier(Identifier identifier) {
      identifiers.add(identifier);
      return this;
    }

    public Builder date(String label, String isoDate) {
      dates.add(new ListingDate(label, isoDate));
      return this;
    }

    /** Appends without a separator: OFAC continues over-long remarks mid-word in a second file. */
    public Builder appendRemarks(String text) {
      if (text != null) {
        remarks.append(text);
      }
      return this;
    }

    public Builder scope(String value) {
      this.scope = value;
      return this;
    }

    public Builder linkedTo(String value) {
      if (value != null && !value.isBlank() && !linkedTo.contains(value.strip())) {
        linkedTo.add(value.strip());
      }
      return this;
    }

    public String remarks() {
      return remarks.toString();
    }

    public ListEntry build() {
      return new ListEntry(id, sourceId, primaryName, type, aliases, subList, programs, countries, addresses,
          identifiers, dates, remarks.toString().strip(), scope, linkedTo);
    }
  }
}
