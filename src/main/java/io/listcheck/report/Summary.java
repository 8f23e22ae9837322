package io.listcheck.report;

import io.listcheck.screen.ScreeningResult;
import io.listcheck.screen.Status;

/** Counts per outcome. {@code rows == matches + reviews + clear + suppressed + errors} always holds. */
public final class Summary {
  private long rows;
  private long matches;
  private long reviews;
  private long clear;
  private long suppressed;
  private long errors;

  public void count(ScreeningResult result) {
    rows++;
    switch (result.status()) {
      case MATCH -> matches++;
      case REVIEW -> reviews++;
      case CLEAR -> clear++;
      case SUPPRESSED -> suppressed++;
      case ERROR -> errors++;
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
