package io.listcheck.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The parts of a Russian branch's registered name: Russian registers name a branch together with the company it
 * belongs to, set off by a dash ("Нижегородский Авиастроительный Завод «Сокол» – Филиал АО «РСК «МиГ»", "Филиал ПАО
 * «Яковлев» — Иркутский Авиационный Завод"), while the lists carry the branch under its own name ("NIZHNIY NOVGOROD
 * SOKOL AIRCRAFT MANUFACTURING PLANT", "IRKUTSK AVIATION PLANT") or the company under its name. Each part is screened
 * alone as well, without the word "филиал" (branch) or its abbreviation "ФЛ".
 */
final class BranchParts {
  private static final Pattern BRANCH_WORD = Pattern.compile("(?U)(?<!\\w)(?:филиал\\w*|фл)(?!\\w)");
  private static final Pattern DASH = Pattern.compile("(?<!\\s)\\s+[-–—]+\\s+");

  private BranchParts() {}

  /** The parts of a branch's name, or none when the name is not one: no branch word, or no dash setting parts off. */
  static List<String> of(String supplierName) {
    String lower = supplierName.toLowerCase(Locale.ROOT);
    if (!BRANCH_WORD.matcher(lower).find()) {
      return List.of();
    }
    String[] parts = DASH.split(supplierName);
    if (parts.length < 2) {
      return List.of();
    }
    List<String> named = new ArrayList<>(parts.length);
    for (String part : parts) {
      String own = BRANCH_WORD.matcher(part.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
      if (!own.isEmpty()) {
        named.add(own);
      }
    }
    return named;
  }
}
