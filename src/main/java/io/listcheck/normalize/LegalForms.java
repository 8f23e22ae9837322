package io.listcheck.normalize;

import java.util.List;
import java.util.Set;

/**
 * Legal-form and generic corporate words, in their folded form. They count for little when names are compared and
 * never make a hit on their own ("Co., Ltd." says nothing about who a company is).
 */
public final class LegalForms {
  private static final Set<String> FORMS = Set.of(
      "co", "company", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "lp", "llp", "plc",
      "gmbh", "ag", "kg", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "as", "oy", "kk", "pte", "pty",
      "sdn", "bhd", "jsc", "pjsc", "ojsc", "cjsc", "ooo", "oao", "pao", "zao", "ao", "tov", "doo", "de", "cv",
      "holding", "holdings", "group", "the");

  private LegalForms() {}

  public static boolean isLegalForm(String token) {
    return FORMS.contains(token);
  }

  public static List<String> strip(List<String> tokens) {
    List<String> kept = NameNormalizer.without(tokens, LegalForms::isLegalForm);
    return kept.isEmpty() ? tokens : kept;
  }
}
