package io.listcheck.match;

import io.listcheck.normalize.BoundedMemo;
import io.listcheck.normalize.EditDistance;
import io.listcheck.normalize.TokenKind;
import io.listcheck.normalize.TypoIndex;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The vocabulary words a supplier token may misspell, with how similar each is ({@link Alignment#tokenSimilarity}).
 * A token's answer depends on the token alone, and vendor files repeat their words (a few thousand words make up
 * most of any file), so answers are remembered, up to {@link #REMEMBERED} tokens so that millions of distinct
 * tokens cannot exhaust memory. What every lookup needs of a vocabulary word (its letter set, its trigrams) is
 * computed once instead of once per lookup.
 *
 * <p>The deletion index and those arrays take longer to build than a scan of the vocabulary takes per token, so a
 * run that looks up only a few tokens (one {@code --name}) scans, and the index is built once
 * {@value #SCANS_BEFORE_INDEX} tokens were looked up. Both ways find the same words in the same order: every word a
 * scan finds is within two typing errors of the token, and every such word is among the index's candidates
 * ({@link TypoIndex}). Thread-safe.
 */
final class TypoNeighbours {
  /** How many tokens' answers are kept (a few more when threads race to add the last ones); about 100 bytes each. */
  static final int REMEMBERED = 200_000;

  /** Vocabulary ids, in the order {@link #candidates} gives them, and the similarity of each to the token. */
  record Found(int[] ids, double[] similarities) {
    static final Found NONE = new Found(new int[0], new double[0]);
  }

  /** Lookups answered by scanning the vocabulary before the index is built. */
  static final int SCANS_BEFORE_INDEX = 64;

  private final String[] vocabulary;
  private final BoundedMemo<Found> answers;
  private final int scansBeforeIndex;
  private final AtomicInteger scans = new AtomicInteger();
  private volatile Lookup lookup;

  /** The deletion index and what each candidate check needs of a vocabulary word. */
  private record Lookup(TypoIndex index, long[] letters, int[][] trigrams) {
    static Lookup of(String[] vocabulary) {
      long[] letters = new long[vocabulary.length];
      int[][] trigrams = new int[vocabulary.length][];
      for (int id = 0; id < vocabulary.length; id++) {
        if (eligible(vocabulary[id])) {
          letters[id] = Alignment.letters(vocabulary[id]);
          trigrams[id] = TypoNeighbours.trigrams(vocabulary[id]);
        }
      }
      return new Lookup(new TypoIndex(vocabulary, TypoNeighbours::eligible), letters, trigrams);
    }
  }

  TypoNeighbours(String[] vocabulary) {
    this(vocabulary, REMEMBERED, SCANS_BEFORE_INDEX);
  }

  /** Keeps the answers for at most {@code answersKept} tokens; scans for the first {@code scansBeforeIndex} lookups. */
  TypoNeighbours(String[] vocabulary, int answersKept, int scansBeforeIndex) {
    this.vocabulary = vocabulary;
    this.answers = new BoundedMemo<>(this::findSimilar, answersKept);
    this.scansBeforeIndex = scansBeforeIndex;
  }

  /** Listed words a typo may reach: words of five or more letters that do not start with a digit. */
  private static boolean eligible(String token) {
    return token.length() >= Alignment.MIN_FUZZY_LENGTH && !Character.isDigit(token.charAt(0));
  }

  /** The other vocabulary words {@code token} pairs with as a typo: {@link #candidates} with a similarity above 0. */
  Found similar(String token) {
    return answers.get(token);
  }

  /** How many tokens' answers are kept. */
  int remembered() {
    return answers.size();
  }

  private Found findSimilar(String token) {
    int[] candidates = candidates(token);
    int[] ids = new int[candidates.length];
    double[] similarities = new double[candidates.length];
    int n = 0;
    for (int id : candidates) {
      String word = vocabulary[id];
      double similarity = word.equals(token) ? 0 : Alignment.tokenSimilarity(token, TokenKind.NAME, word, TokenKind.NAME);
      if (similarity > 0) {
        ids[n] = id;
        similarities[n++] = similarity;
      }
    }
    return n == 0 ? Found.NONE : new Found(Arrays.copyOf(ids, n), Arrays.copyOf(similarities, n));
  }

  /**
   * Vocabulary ids that may be {@code token} misspelt: the same first letter, within the typos the longer word may
   * carry by length and letter set ({@link Alignment#tokenSimilarity}), and sharing enough
   * trigrams of "$token$" (q-gram lemma: an edit destroys at most three of the token's trigrams, a transposition
   * four), in the order a scan of the token's trigrams' postings first meets them. Every word within two edits is
   * among the deletion-index candidates ({@link TypoIndex}); the trigram rule then keeps exactly the words the
   * earlier trigram scan kept, in its order, so scores and verdicts stay the same to the last bit.
   */
  int[] candidates(String token) {
    Lookup built = lookup;
    if (built == null && scans.incrementAndGet() <= scansBeforeIndex) {
      return candidates(token, scanned(token), null);
    }
    return candidates(token, null, built == null ? built() : built);
  }

  private synchronized Lookup built() {
    if (lookup == null) {
      lookup = Lookup.of(vocabulary);
    }
    return lookup;
  }

  /** Eligible vocabulary words with the token's first letter: a superset of the words within two typing errors. */
  private int[] scanned(String token) {
    int[] ids = new int[16];
    int n = 0;
    for (int id = 0; id < vocabulary.length; id++) {
      String word = vocabulary[id];
      if (word.charAt(0) == token.charAt(0) && eligible(word)) {
        if (n == ids.length) {
          ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n++] = id;
      }
    }
    return Arrays.copyOf(ids, n);
  }

  /**
   * {@code pool} (scanned) or the index's candidates, kept when they pass the checks below; the arrays of
   * {@code built} are used when there is one, else the word's letters and trigrams are computed here.
   */
  private int[] candidates(String token, int[] pool, Lookup built) {
    int[] queryTrigrams = trigrams(token);
    int needed = Math.max(1, token.length() - 4 * EditDistance.allowedTypos(token.length() + 2));
    int[] candidates = built == null ? pool : built.index().candidates(token);
    long[] kept = new long[candidates.length];
    int n = 0;
    long tokenLetters = Alignment.letters(token);
    for (int id : candidates) {
      // Alignment.tokenSimilarity's own limits: another first letter, or more edits apart by length or letter set
      // than the longer word may carry, is never similar, so dropping them changes no score
      String word = vocabulary[id];
      int allowed = EditDistance.allowedTypos(Math.max(word.length(), token.length()));
      if (word.charAt(0) != token.charAt(0) || Math.abs(word.length() - token.length()) > allowed
          || Long.bitCount(tokenLetters ^ (built == null ? Alignment.letters(word) : built.letters()[id])) > 2 * allowed) {
        continue;
      }
      int[] wordTrigrams = built == null ? trigrams(word) : built.trigrams()[id];
      int shared = 0;
      int first = -1;
      for (int q = 0; q < queryTrigrams.length; q++) {
        if (contains(wordTrigrams, queryTrigrams[q])) {
          shared++;
          first = first < 0 ? q : first;
        }
      }
      if (shared >= needed) {
        kept[n++] = (long) first << 32 | id;
      }
    }
    Arrays.sort(kept, 0, n);
    int[] ordered = new int[n];
    for (int k = 0; k < n; k++) {
      ordered[k] = (int) kept[k];
    }
    return ordered;
  }

  /** Trigrams of "$token$" in order, each packed into an int (tokens are [a-z0-9], so 7 bits per character suffice). */
  static int[] trigrams(String token) {
    int[] out = new int[token.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = trigram(token, i);
    }
    return out;
  }

  private static boolean contains(int[] values, int value) {
    for (int v : values) {
      if (v == value) {
        return true;
      }
    }
    return false;
  }

  private static int trigram(String token, int i) {
    return charAt(token, i - 1) << 14 | charAt(token, i) << 7 | charAt(token, i + 1);
  }

  private static int charAt(String token, int i) {
    return i < 0 || i >= token.length() ? '$' : token.charAt(i) & 0x7F;
  }
}
