package io.listcheck.match;

/**
 * Finds a key's number from a string without a map of boxed numbers: open addressing over the keys'
 * {@link String#hashCode}, which the Java API fixes, so the hashes of keys that are never materialised as strings
 * (two tokens written together, a core key) can be computed from their parts. Filled with plain int loops, which
 * in a JVM that has just started costs a fraction of the HashMap inserts it replaces. Immutable and thread-safe.
 */
final class KeySlots {
  /** Whether key number {@code key} is the string {@code s} (the hashes already agree). */
  @FunctionalInterface
  interface Keys {
    boolean is(int key, String s);
  }

  /** Key number + 1 per slot, 0 for an empty slot; at most half of the slots are used, so every probe ends. */
  private final int[] slots;
  private final int[] hashes;
  /** The keys as strings, or null when {@link #keys} tells them. */
  private final String[] strings;
  private final Keys keys;

  /** Slots for the first {@code count} of {@code strings}. */
  KeySlots(String[] strings, int count) {
    this(hashes(strings, count), strings, null);
  }

  /** Slots for keys {@code 0 .. hashes.length - 1}, key k having hash {@code hashes[k]}. */
  KeySlots(int[] hashes, Keys keys) {
    this(hashes, null, keys);
  }

  private KeySlots(int[] hashes, String[] strings, Keys keys) {
    this.hashes = hashes;
    this.strings = strings;
    this.keys = keys;
    slots = new int[Math.max(2, Integer.highestOneBit(Math.max(1, hashes.length)) << 2)];
    int mask = slots.length - 1;
    for (int k = 0; k < hashes.length; k++) {
      int slot = spread(hashes[k]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = k + 1;
    }
  }

  /** The number of the key that is {@code s}, or -1. */
  int find(String s) {
    int hash = s.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      int key = slots[slot] - 1;
      // the strings' own equals where there are strings: the lookups of every supplier token take this way
      if (hashes[key] == hash && (strings != null ? strings[key].equals(s) : keys.is(key, s))) {
        return key;
      }
    }
    return -1;
  }

  private static int[] hashes(String[] strings, int count) {
    int[] hashes = new int[count];
    for (int k = 0; k < count; k++) {
      hashes[k] = strings[k].hashCode();
    }
    return hashes;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** {@link String#hashCode} of {@code prefix} followed by a string of {@code length} characters hashing to {@code hash}. */
  static int append(int prefix, int hash, int length) {
    int power = 1;
    for (int k = 0; k < length; k++) {
      power *= 31;
    }
    return prefix * power + hash;
  }
}
