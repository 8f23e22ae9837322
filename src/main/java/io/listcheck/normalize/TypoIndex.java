package io.listcheck.normalize;

import java.util.Arrays;

/**
 * Finds the vocabulary words a misspelt token may stand for without comparing it with every word: a deletion
 * neighbourhood index (SymSpell). Every word of the vocabulary is indexed under each string obtained by deleting
 * up to two of its letters; a token looks up its own such strings. Two words within two edits
 * (insertion, deletion, substitution, transposition of neighbours) always share one, since each edit costs at most
 * one deletion on each side, so the lookup misses no word within the typing errors a word may carry. Deletion
 * strings are kept as 32-bit hashes: a collision only adds a candidate, which the caller verifies anyway.
 *
 * <p>The hashes are bucketed by their top bits (counting sort), so a lookup reads one short run of an int array.
 * Immutable and thread-safe.
 */
public final class TypoIndex {
  /** The most edits apart two words it finds may be: the most {@link EditDistance#allowedTypos} ever allows. */
  public static final int MAX_EDITS = 2;
  private static final int MAX_BUCKET_BITS = 20;

  private final int bucketBits;
  /** Bucket b holds entries {@code start[b] .. start[b + 1] - 1} of {@link #hashes} and {@link #words}. */
  private final int[] start;
  private final int[] hashes;
  private final int[] words;

  /** Indexes the words {@code eligible} accepts; the others are never returned. */
  public TypoIndex(String[] vocabulary, java.util.function.Predicate<String> eligible) {
    int[] rawHashes = new int[vocabulary.length * 16];
    int[] rawWords = new int[rawHashes.length];
    int count = 0;
    for (int id = 0; id < vocabulary.length; id++) {
      String word = vocabulary[id];
      if (!eligible.test(word)) {
        continue;
      }
      int needed = count + variants(word.length());
      if (needed > rawHashes.length) {
        int grown = Math.max(needed, rawHashes.length * 2);
        rawHashes = Arrays.copyOf(rawHashes, grown);
        rawWords = Arrays.copyOf(rawWords, grown);
      }
      count = forEachDeletion(word, rawHashes, count);
      Arrays.fill(rawWords, count - variants(word.length()), count, id);
    }
    // about one deletion string per bucket
    bucketBits = Math.max(1, Math.min(MAX_BUCKET_BITS, 32 - Integer.numberOfLeadingZeros(count)));
    start = new int[(1 << bucketBits) + 1];
    for (int k = 0; k < count; k++) {
      start[bucket(rawHashes[k]) + 1]++;
    }
    for (int b = 0; b < 1 << bucketBits; b++) {
      start[b + 1] += start[b];
    }
    hashes = new int[count];
    words = new int[count];
    int[] fill = Arrays.copyOf(start, 1 << bucketBits);
    for (int k = 0; k < count; k++) {
      int at = fill[bucket(rawHashes[k])]++;
      hashes[at] = rawHashes[k];
      words[at] = rawWords[k];
    }
  }

  /**
   * Ids of the indexed words sharing a deletion string with {@code token}: every word within two edits of it, and
   * some further ones. Sorted ascending, without repeats.
   */
  public int[] candidates(String token) {
    int[] keys = new int[variants(token.length())];
    forEachDeletion(token, keys, 0);
    int[] found = new int[16];
    int n = 0;
    for (int key : keys) {
      int b = bucket(key);
      for (int k = start[b]; k < start[b + 1]; k++) {
        if (hashes[k] == key) {
          if (n == found.length) {
            found = Arrays.copyOf(found, n * 2);
          }
          found[n++] = words[k];
        }
      }
    }
    Arrays.sort(found, 0, n);
    int unique = 0;
    for (int k = 0; k < n; k++) {
      if (unique == 0 || found[unique - 1] != found[k]) {
        found[unique++] = found[k];
      }
    }
    return Arrays.copyOf(found, unique);
  }

  /** How many deletion strings (with repeats) a word of this length has: itself, one deletion, two deletions. */
  private static int variants(int length) {
    return 1 + length + length * (length - 1) / 2;
  }

  /**
   * Writes the hash of every deletion string of {@code word} into {@code out} from {@code at}; answers the end. The
   * hash is a polynomial one over the remaining letters, so each is assembled from prefix hashes in constant time.
   */
  private static int forEachDeletion(String word, int[] out, int at) {
    int length = word.length();
    int[] prefix = new int[length + 1];
    int[] power = new int[length + 1];
    prefix[0] = 0x9E3779B9;
    power[0] = 1;
    for (int k = 0; k < length; k++) {
      prefix[k + 1] = 31 * prefix[k] + word.charAt(k);
      power[k + 1] = 31 * power[k];
    }
    out[at++] = mix(prefix[length]);
    for (int i = 0; i < length; i++) {
      out[at++] = mix(append(prefix[i], prefix, power, i + 1, length));
      for (int j = i + 1; j < length; j++) {
        out[at++] = mix(append(append(prefix[i], prefix, power, i + 1, j), prefix, power, j + 1, length));
      }
    }
    return at;
  }

  /** The hash of a string hashing to {@code hash} followed by the word's letters {@code from .. to - 1}. */
  private static int append(int hash, int[] prefix, int[] power, int from, int to) {
    return hash * power[to - from] + prefix[to] - prefix[from] * power[to - from];
  }

  /** Spreads every letter over the top bits, which choose the bucket. */
  private static int mix(int hash) {
    int h = hash;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }

  private int bucket(int hash) {
    return hash >>> (32 - bucketBits);
  }
}
