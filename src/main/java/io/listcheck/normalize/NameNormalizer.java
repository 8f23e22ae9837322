package io.listcheck.normalize;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a company name in any script into comparable Latin tokens: NFKC and case folding, transliteration to
 * ASCII, punctuation to spaces, "&" to "and". Case folding runs before and after transliteration, because
 * transliteration can produce capitals again ("ɢ" becomes "G") and the result must be idempotent.
 */
public final class NameNormalizer {
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  // Transliterator instances are not thread-safe; screening runs on several threads.
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  /** The folded ASCII form, single-spaced, keeping only [a-z0-9 ]. */
  public String fold(String name) {
    String folded = NFKC_CASEFOLD.normalize(name);
    if (!isAscii(folded)) {
      folded = NFKC_CASEFOLD.normalize(TO_ASCII.get().transliterate(folded));
    }
    // BIS prints "?" where an apostrophe was lost; an apostrophe joins a word ("Nu'man" = "Numan").
    folded = folded.replaceAll("(?<=\\p{L})['’?](?=\\p{L})", "");
    folded = folded.replace("&", " and ").replace('+', ' ');
    StringBuilder out = new StringBuilder(folded.length());
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (keep) {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().strip();
  }

  /** Tokens of {@link #fold}. */
  public List<String> tokens(String name) {
    String folded = fold(name);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return false;
      }
    }
    return true;
  }

  /** Lower-case helper for callers that need a locale-independent key. */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Splits tokens off a list, keeping order, for callers that filter tokens. */
  public static List<String> without(List<String> tokens, java.util.function.Predicate<String> drop) {
    List<String> kept = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      if (!drop.test(t)) {
        kept.add(t);
      }
    }
    return kept;
  }
}
