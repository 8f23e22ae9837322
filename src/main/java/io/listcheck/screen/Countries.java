package io.listcheck.screen;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads country names and ISO codes as written in vendor masters and on the lists, to ISO 3166 alpha-2 codes. */
final class Countries {
  private static final Map<String, String> CODES = build();

  private Countries() {}

  static Optional<String> code(String text) {
    String key = key(text);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    String code = CODES.get(key);
    if (code == null && key.contains(",")) {
      // "Virgin Islands, British" and "Korea, North" are written back to front on the lists.
      String[] parts = key.split(",", 2);
      code = CODES.get(key(parts[1] + " " + parts[0]));
    }
    return Optional.ofNullable(code);
  }

  private static Map<String, String> build() {
    Map<String, String> codes = new HashMap<>();
    for (String iso2 : Locale.getISOCountries()) {
      Locale country = new Locale("", iso2);
      codes.put(key(iso2), iso2);
      codes.put(key(country.getISO3Country()), iso2);
      codes.put(key(country.getDisplayCountry(Locale.ENGLISH)), iso2);
    }
    String[][] aliases = {{"usa", "US"}, {"united states of america", "US"}, {"u.s.", "US"}, {"u.s.a.", "US"},
        {"uk", "GB"}, {"great britain", "GB"}, {"england", "GB"}, {"prc", "CN"}, {"peoples republic of china", "CN"},
        {"people's republic of china", "CN"}, {"russian federation", "RU"}, {"north korea", "KP"}, {"south korea", "KR"},
        {"korea", "KR"}, {"iran", "IR"}, {"syria", "SY"}, {"palestinian", "PS"}, {"burma", "MM"}, {"czech republic", "CZ"},
        {"turkey", "TR"}, {"british virgin islands", "VG"}, {"holland", "NL"}, {"uae", "AE"}};
    for (String[] alias : aliases) {
      codes.put(key(alias[0]), alias[1]);
    }
    return Map.copyOf(codes);
  }

  private static String key(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
