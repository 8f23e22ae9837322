package io.listcheck.match;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state body a Russian institution's registered name ends with, in the genitive: "ФГБУ «46 ЦНИИ» Минобороны
 * России" (of the Ministry of Defence of Russia), "Главное управление глубоководных исследований Министерства обороны
 * Российской Федерации", "Институт катализа СО РАН" (of the Siberian branch of the Russian Academy of Sciences). The
 * lists mostly leave the parent out ("46th TSNII Central Scientific Research Institute", "MAIN DIRECTORATE OF DEEP SEA
 * RESEARCH"), so the name is screened without it as well.
 */
final class ParentBody {
  // a match starts only where a run of spaces starts, so a long run is scanned once, not once per space in it
  private static final Pattern AT_END = Pattern.compile("(?<![\\s,])[\\s,]+(?:"
      + "(?:минобороны|министерства\\s+обороны|мвд|министерства\\s+внутренних\\s+дел"
      + "|управления\\s+делами\\s+президента)(?:\\s+(?:россии|российской\\s+федерации|рф))?"
      + "|(?:(?:сибирского|уральского|дальневосточного)\\s+отделения\\s+)?российской\\s+академии\\s+наук"
      + "|(?:со\\s+|уро\\s+|дво\\s+)?ран)[\\s.»”\"]*$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);

  private ParentBody() {}

  /** The name without the state body it ends with, or empty when it ends with none (or is nothing else). */
  static Optional<String> without(String supplierName) {
    Matcher m = AT_END.matcher(supplierName);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = supplierName.substring(0, m.start()).strip();
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }
}
