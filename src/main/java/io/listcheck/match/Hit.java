package io.listcheck.match;

import io.listcheck.model.ListEntry;
import java.util.List;

/**
 * A listed entry that a supplier name resembles.
 *
 * @param matchedName the listed name or alias that scored best
 * @param matchedNameKind "primary" or the alias kind ("aka", "weak-aka", "fka", ...)
 * @param explanation why it matched, in words a compliance officer can check
 * @param alignment the token pairing behind the score, supplier token against listed token
 * @param transliteration how the supplier name was read where not as written ({@code AnalyzedName#transliteration}):
 *     script conversion, words read, misspellings corrected; empty if none
 * @param rule which rule set the verdict: "score", "affiliate" (a distinctive listed name inside a longer one,
 *     against an entry whose listing covers affiliates), "series" (a match turned review because a number, a fund or
 *     company series, stands in one name only), "place" (a match turned review because a country or region, a
 *     national subsidiary's, stands in one name only, or the names give different places), "weak-alias" (a match
 *     turned review because the name is an alias OFAC marks weak) or "country" (a match turned review because the
 *     listing names other countries than the supplier's)
 */
public record Hit(
    ListEntry entry,
    String matchedName,
    String matchedNameKind,
    double score,
    Verdict verdict,
    String explanation,
    List<AlignedToken> alignment,
    String transliteration,
    String rule) {

  public Hit {
    alignment = List.copyOf(alignment);
  }
}
