package io.listcheck.normalize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers of a pure function of a word, remembered for up to {@code capacity} words (a few more when threads race to
 * add the last ones): vendor files and lists repeat their words, and a bound keeps millions of distinct words from
 * exhausting memory. Past the bound, answers are computed and not kept. Thread-safe.
 */
public final class BoundedMemo<V> {
  private final Map<String, V> answers = new ConcurrentHashMap<>();
  private final Function<String, V> compute;
  private final int capacity;

  public BoundedMemo(Function<String, V> compute, int capacity) {
    this.compute = compute;
    this.capacity = capacity;
  }

  public V get(String word) {
    V known = answers.get(word);
    if (known != null) {
      return known;
    }
    V answer = compute.apply(word);
    if (answers.size() < capacity) {
      answers.put(word, answer);
    }
    return answer;
  }

  /** How many words' answers are kept. */
  public int size() {
    return answers.size();
  }
}
