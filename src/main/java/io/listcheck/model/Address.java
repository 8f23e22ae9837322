package io.listcheck.model;

/** A postal address as the list prints it; any part may be empty. */
public record Address(String street, String city, String country) {
  public Address {
    street = street == null ? "" : street;
    city = city == null ? "" : city;
    country = country == null ? "" : country;
  }

  public String oneLine() {
    return String.join(", ", java.util.stream.Stream.of(street, city, country).filter(s -> !s.isBlank()).toList());
  }
}
