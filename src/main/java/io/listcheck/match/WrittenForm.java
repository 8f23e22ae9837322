package io.listcheck.match;

import io.listcheck.normalize.AnalyzedName;
import io.listcheck.normalize.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A word of a listed name as the list writes it, where the normalizer read it as other tokens: "bakeries" read as
 * "batteries" (a business-word correction), "fundacion" as "fund", "vertolety" as "helicopter", "mashinostroitelnoe"
 * as "machine building". A supplier's misspelling of such a word ("Fudacion", "Vertoelty") is not rewritten, because
 * it is no longer the word the normalizer knows, so it is compared with the word as written as well as with what the
 * list's word became ({@link Alignment}).
 *
 * @param word the folded word as written
 * @param from the position of the first token it became
 * @param span how many tokens it became
 */
record WrittenForm(String word, int from, int span) {
  static final WrittenForm[] NONE = new WrittenForm[0];

  /**
   * The written forms of one analysed name. Each folded word that is not itself a token is analysed alone
   * ({@code tokensOf}); where its tokens follow the previous word's in the name, the word is their written form. Words
   * read only in context (legal-form and Russian phrases of several words) have none; a word read alone as a legal
   * form is taken for a later legal form only across legal forms ("company" in "Limited Liability Company X Kompaniya"
   * is part of "llc", not the "co" that "kompaniya" became). Words shorter than
   * {@link Alignment#MIN_FUZZY_LENGTH} are left out: no misspelling of them is ever paired.
   */
  static WrittenForm[] of(AnalyzedName name, Function<String, List<String>> tokensOf) {
    List<String> tokens = name.tokens();
    List<WrittenForm> forms = new ArrayList<>();
    int next = 0;
    for (String word : name.folded().split(" ")) {
      int same = tokens.subList(next, tokens.size()).indexOf(word);
      if (same >= 0) {
        next += same + 1;
        continue;
      }
      if (word.length() < Alignment.MIN_FUZZY_LENGTH) {
        continue;
      }
      List<String> read = tokensOf.apply(word);
      int at = read.isEmpty() ? -1 : indexOf(tokens, read, next);
      if (at >= 0 && !(allLegalForms(name.kinds(), at, read.size()) && !allLegalForms(name.kinds(), next, at - next))) {
        forms.add(new WrittenForm(word, at, read.size()));
        next = at + read.size();
      }
    }
    return forms.isEmpty() ? NONE : forms.toArray(new WrittenForm[0]);
  }

  private static int indexOf(List<String> tokens, List<String> run, int from) {
    for (int at = from; at + run.size() <= tokens.size(); at++) {
      if (tokens.subList(at, at + run.size()).equals(run)) {
        return at;
      }
    }
    return -1;
  }

  private static boolean allLegalForms(List<TokenKind> kinds, int from, int span) {
    for (int k = from; k < from + span; k++) {
      if (kinds.get(k) != TokenKind.LEGAL_FORM) {
        return false;
      }
    }
    return true;
  }
}
