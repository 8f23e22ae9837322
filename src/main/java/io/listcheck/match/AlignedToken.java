package io.listcheck.match;

import java.util.Locale;

/**
 * One line of a hit's token alignment: a supplier-name token, the listed-name token it was paired with (either may
 * be empty when a token stayed unpaired), how alike they are and how much the pair counted.
 *
 * @param kind the kind of the tokens (name, generic, legal form, number), lower case
 */
public record AlignedToken(String supplierToken, String listedToken, double similarity, double weight, String kind) {

  /** "hikvison~hikvision 0.97", "+usa (only in supplier name)", "-hangzhou (only in listed name)". */
  public String describe() {
    String body;
    if (listedToken.isEmpty()) {
      body = "+" + supplierToken + " (only in supplier name)";
    } else if (supplierToken.isEmpty()) {
      body = "-" + listedToken + " (only in listed name)";
    } else if (similarity >= 1.0) {
      body = supplierToken.equals(listedToken) ? supplierToken : supplierToken + "=" + listedToken;
    } else {
      body = String.format(Locale.ROOT, "%s~%s %.2f", supplierToken, listedToken, similarity);
    }
    return String.format(Locale.ROOT, "%s [%s, weight %.1f]", body, kind, weight);
  }
}
