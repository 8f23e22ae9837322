package io.listcheck.source;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stable entry keys for lists whose publisher gives no id of its own (or one that changes between versions). */
public final class EntryKeys {
  private EntryKeys() {}

  /**
   * ICU's own transliteration, not the matcher's normalizer: keys must not change when the matching tables learn a
   * new word (a changed key reads as a delisting plus a new listing, and orphans suppressions).
   */
  private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");
  private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();
  private static final Pattern APOSTROPHE_IN_WORD = Pattern.compile("(?<=[a-z0-9])['`?](?=[a-z])");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  /**
   * "Huawei Technologies Co., Ltd." is {@code huawei-technologies-co-ltd}, "Société Générale" {@code societe-generale}
   * (transliterated), "Xi'an" {@code xian}, "R&D" {@code r-and-d}; a name that leaves nothing after folding is hashed.
   */
  public static String slug(String name) {
    String ascii;
    synchronized (TO_ASCII) { // ICU transliterators are not thread-safe
      ascii = TO_ASCII.transliterate(NFKC_CASEFOLD.normalize(name));
    }
    ascii = NFKC_CASEFOLD.normalize(ascii).replace('\u2019', '\'').replace("&", " and ");
    String words = APOSTROPHE_IN_WORD.matcher(ascii).replaceAll("");
    String slug = SEPARATORS.matcher(words).replaceAll("-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? hash(name) : slug;
  }

  /** The first 12 hex digits of the SHA-256 of the case-folded, single-spaced name. */
  public static String hash(String name) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
