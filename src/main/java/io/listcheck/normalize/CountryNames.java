package io.listcheck.normalize;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a country as a supplier file or a list writes it ("CN", "CHN", "China", "PRC", "Russian Federation") and
 * answers its ISO 3166 two-letter code. Names and codes come from the JDK's ISO tables, plus the usual aliases.
 */
public final class CountryNames {
  private static final NameNormalizer NORMALIZER = new NameNormalizer();
  private static final Map<String, String> CODES = load();

  private CountryNames() {}

  private static Map<String, String> load() {
    Map<String, String> codes = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale locale = new Locale("", code);
      codes.put(NORMALIZER.fold(code), code);
      codes.put(NORMALIZER.fold(locale.getISO3Country()), code);
      codes.put(NORMALIZER.fold(locale.getDisplayCountry(Locale.ENGLISH)), code);
    }
    String[][] aliases = {
        {"usa", "US"}, {"united states of america", "US"}, {"america", "US"}, {"uk", "GB"}, {"great britain", "GB"},
        {"england", "GB"}, {"prc", "CN"}, {"people's republic of china", "CN"}, {"peoples republic of china", "CN"},
        {"mainland china", "CN"}, {"russian federation", "RU"}, {"burma", "MM"}, {"hong kong", "HK"},
        {"macau", "MO"}, {"south korea", "KR"}, {"north korea", "KP"}, {"iran islamic republic of", "IR"},
        {"virgin islands british", "VG"}, {"palestinian", "PS"}, {"palestine", "PS"}, {"uae", "AE"},
        {"turkiye", "TR"}, {"czech republic", "CZ"}};
    for (String[] alias : aliases) {
      codes.put(NORMALIZER.fold(alias[0]), alias[1]);
    }
    return codes;
  }

  /** The ISO code of a country name or code, or empty when it is blank or not a country listcheck knows. */
  public static Optional<String> code(String country) {
    if (country == null || country.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(CODES.get(NORMALIZER.fold(country)));
  }
}
