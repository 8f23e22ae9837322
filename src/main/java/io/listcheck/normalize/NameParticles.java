package io.listcheck.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dutch and German surname particles that companies write apart or together ("Van der Bilt" and "Vanderbilt", "Van
 * de Velde" and "Vandevelde", "von der Heyden"): "van" or "von" with the article after it is joined to the word it
 * precedes, on supplier and listed names alike. The article alone would be dropped as a stopword, and then neither
 * spelling could meet the other. Romance articles stay apart ("Banco de la Nacion" is not "delanacion").
 */
final class NameParticles {
  private static final Set<String> PREPOSITIONS = Set.of("van", "von");
  private static final Set<String> ARTICLES = Set.of("der", "den", "de", "dem");

  private NameParticles() {}

  /** The tokens with "van der X" written "vanderx"; the same list when there is none. */
  static List<String> joined(List<String> tokens) {
    if (!hasParticle(tokens)) {
      return tokens;
    }
    List<String> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      if (PREPOSITIONS.contains(tokens.get(i)) && i + 2 < tokens.size() && ARTICLES.contains(tokens.get(i + 1))) {
        out.add(tokens.get(i) + tokens.get(i + 1) + tokens.get(i + 2));
        i += 2;
      } else {
        out.add(tokens.get(i));
      }
    }
    return out;
  }

  private static boolean hasParticle(List<String> tokens) {
    for (String token : tokens) {
      if (PREPOSITIONS.contains(token)) {
        return true;
      }
    }
    return false;
  }
}
