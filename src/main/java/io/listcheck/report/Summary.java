package io.listcheck.report;

import io.listcheck.screen.HitChange;
import io.listcheck.screen.ScreeningResult;
import io.listcheck.screen.Status;

/**
 * Counts per outcome. {@code rows == matches + reviews + clear + suppressed + errors} always holds. With --since,
 * also the hit changes against the older snapshot.
 */
public final class Summary {
  private long rows;
  private long matches;
  private long reviews;
  private long clear;
  private long suppressed;
  private long errors;
  private long staleSuppressions;
  private long newHits;
  private long changedHits;
  private long removedHits;

  public void count(ScreeningResult result) {
    rows++;
    switch (result.status()) {
      case MATCH -> matches++;
      case REVIEW -> reviews++;
      case CLEAR -> clear++;
      case SUPPRESSED -> suppressed++;
      case ERROR -> errors++;
    }
    staleSuppressions += result.staleSuppressions().size();
    for (HitChange change : result.changes()) {
      switch (change.kind()) {
        case NEW -> newHits++;
        case CHANGED -> changedHits++;
        case DELISTED, NO_LONGER_MATCHES -> removedHits++;
      }
    }
  }

  public long rows() {
    return rows;
  }

  public long matches() {
    return matches;
  }

  public long reviews() {
    return reviews;
  }

  public long clear() {
    return clear;
  }

  public long suppressed() {
    return suppressed;
  }

  public long errors() {
    return errors;
  }

  public long staleSuppressions() {
    return staleSuppressions;
  }

  public long newHits() {
    return newHits;
  }

  public long changedHits() {
    return changedHits;
  }

  public long removedHits() {
    return removedHits;
  }

  public long count(Status status) {
    return switch (status) {
      case MATCH -> matches;
      case REVIEW -> reviews;
      case CLEAR -> clear;
      case SUPPRESSED -> suppressed;
      case ERROR -> errors;
    };
  }
}
