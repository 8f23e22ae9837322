package io.listcheck.match;

import io.listcheck.model.EntityType;
import io.listcheck.model.ListEntry;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The name-matchable entries an index refers to by position: the two facts matching needs of every entry, and the
 * whole entry, which only a hit needs. Entries loaded up front answer from memory; entries of a precomputed index
 * ({@link IndexFile}) are read from their snapshot file only when a hit asks for them. Thread-safe.
 */
abstract class ListedEntries {
  private static final Pattern AFFILIATE_SCOPE = Pattern.compile("subsidiar|affiliat", Pattern.CASE_INSENSITIVE);

  abstract int size();

  /** The whole entry at {@code position}. */
  abstract ListEntry get(int position);

  /** An individual's name: it hits only with all its parts. */
  abstract boolean person(int position);

  /** The listing extends to subsidiaries or affiliates. */
  abstract boolean coversAffiliates(int position);

  static boolean person(ListEntry entry) {
    return entry.type() == EntityType.INDIVIDUAL;
  }

  static boolean coversAffiliates(ListEntry entry) {
    return AFFILIATE_SCOPE.matcher(entry.scope()).find();
  }

  /** Entries in memory, already filtered to the name-matchable ones. */
  static ListedEntries of(List<ListEntry> matchable) {
    return new ListedEntries() {
      @Override
      int size() {
        return matchable.size();
      }

      @Override
      ListEntry get(int position) {
        return matchable.get(position);
      }

      @Override
      boolean person(int position) {
        return person(matchable.get(position));
      }

      @Override
      boolean coversAffiliates(int position) {
        return coversAffiliates(matchable.get(position));
      }
    };
  }
}
