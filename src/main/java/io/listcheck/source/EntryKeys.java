package io.listcheck.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import io.listcheck.normalize.NameNormalizer;
import java.util.Locale;

/** Stable entry keys for lists whose publisher gives no id of its own (or one that changes between versions). */
public final class EntryKeys {
  private EntryKeys() {}

  private static final NameNormalizer NORMALIZER = new NameNormalizer();

  /**
   * "Huawei Technologies Co., Ltd." is {@code huawei-technologies-co-ltd}, "Société Générale" {@code societe-generale}
   * (transliterated); a name that leaves nothing after folding is hashed.
   */
  public static String slug(String name) {
    String slug = NORMALIZER.fold(name).replace(' ', '-');
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
