package io.listcheck.match;

import java.util.Arrays;

/**
 * The listed names one supplier name reaches, with an optimistic bound of each one's score, kept per thread and
 * reset after each query by walking only what was touched.
 *
 * <p>The query first registers its sources: posting lists, each adding one amount to the bound of every name on it.
 * Frequent words ("international", "trading") have long lists, and walking them is most of the cost of a query,
 * yet a name that only such words reach is often dropped by the bound check, which drops a name whose bound is
 * under {@code share * (query weight + the name's weight)}. So before walking, the smallest sources whose amounts
 * together stay under {@code share * (query weight + the lightest name on any of them)} are set aside as the tail
 * (MaxScore): a name that only tail sources reach has a bound under its own bar, so they add only to names a head
 * source reaches, and to names the bound check never drops (affiliate-eligible names, passed with each source). Every
 * other name gets the same amounts in the same order as a full walk, so its bound is the same to the last bit and
 * names are touched in the same order; a name left out would have been dropped.
 */
final class Candidates {
  /** Rounding of the tail's sum against each name's bound: amounts add up in another order. */
  private static final double ROUNDING_MARGIN = 1e-9;

  final double[] bound;
  final int[] touchedNames;
  int touchedNameCount;

  private final boolean[] marked;
  private final int[] marks;
  private int markCount;
  private boolean marksSorted;

  private int[][] lists = new int[32][];
  private double[] amounts = new double[32];
  private int[][] alwaysKept = new int[32][];
  private double[] lightest = new double[32];
  private boolean[] tail = new boolean[32];
  private int sources;

  Candidates(int names) {
    bound = new double[names];
    touchedNames = new int[names];
    marked = new boolean[names];
    marks = new int[names];
  }

  /**
   * A posting list adding {@code amount} to each of its names. {@code neverDropped}: the names on the list the bound
   * check never drops (in list order), or null when the source must never go to the tail; {@code lightestName}: the
   * least weight of a name on the list.
   */
  void source(int[] names, double amount, int[] neverDropped, double lightestName) {
    if (names.length == 0) {
      return;
    }
    if (sources == lists.length) {
      lists = Arrays.copyOf(lists, sources * 2);
      amounts = Arrays.copyOf(amounts, sources * 2);
      alwaysKept = Arrays.copyOf(alwaysKept, sources * 2);
      lightest = Arrays.copyOf(lightest, sources * 2);
      tail = Arrays.copyOf(tail, sources * 2);
    }
    lists[sources] = names;
    amounts[sources] = amount;
    alwaysKept[sources] = neverDropped;
    lightest[sources] = lightestName;
    tail[sources++] = false;
  }

  /**
   * Adds every source to the bounds, leaving out names only the tail reaches; {@code share} 0 walks every list in
   * full.
   */
  void walk(double share, double queryWeight) {
    if (!chooseTail(share * (1 - ROUNDING_MARGIN), queryWeight)) {
      for (int k = 0; k < sources; k++) {
        addAll(lists[k], amounts[k]);
      }
      return;
    }
    for (int k = 0; k < sources; k++) {
      mark(tail[k] ? alwaysKept[k] : lists[k]);
    }
    for (int k = 0; k < sources; k++) {
      if (tail[k]) {
        addMarked(lists[k], amounts[k]);
      } else {
        addAll(lists[k], amounts[k]);
      }
    }
  }

  /** Sets the smallest sources aside while their sum stays under the tail's bar; answers whether any was. */
  private boolean chooseTail(double share, double queryWeight) {
    double sum = 0;
    double lightestOnTail = Double.MAX_VALUE;
    boolean any = false;
    while (true) {
      int smallest = -1;
      for (int k = 0; k < sources; k++) {
        if (!tail[k] && alwaysKept[k] != null && (smallest < 0 || amounts[k] < amounts[smallest])) {
          smallest = k;
        }
      }
      if (smallest < 0
          || sum + amounts[smallest] >= share * (queryWeight + Math.min(lightestOnTail, lightest[smallest]))) {
        return any;
      }
      sum += amounts[smallest];
      lightestOnTail = Math.min(lightestOnTail, lightest[smallest]);
      tail[smallest] = true;
      any = true;
    }
  }

  private void mark(int[] names) {
    for (int name : names) {
      if (!marked[name]) {
        marked[name] = true;
        marks[markCount++] = name;
      }
    }
  }

  private void addAll(int[] names, double amount) {
    for (int name : names) {
      add(name, amount);
    }
  }

  /** Adds to the marked names on the list, in list order: by walking it, or by looking each marked name up. */
  private void addMarked(int[] names, double amount) {
    if (names.length <= 8 * markCount) {
      for (int name : names) {
        if (marked[name]) {
          add(name, amount);
        }
      }
      return;
    }
    if (!marksSorted) {
      Arrays.sort(marks, 0, markCount); // posting lists are in ascending order: touch names in the order they list them
      marksSorted = true;
    }
    for (int k = 0; k < markCount; k++) {
      if (Arrays.binarySearch(names, marks[k]) >= 0) {
        add(marks[k], amount);
      }
    }
  }

  private void add(int name, double amount) {
    if (bound[name] == 0) {
      touchedNames[touchedNameCount++] = name;
    }
    bound[name] += amount;
  }

  void reset() {
    for (int k = 0; k < touchedNameCount; k++) {
      bound[touchedNames[k]] = 0;
    }
    touchedNameCount = 0;
    for (int k = 0; k < markCount; k++) {
      marked[marks[k]] = false;
    }
    markCount = 0;
    marksSorted = false;
    Arrays.fill(lists, 0, sources, null);
    sources = 0;
  }
}
