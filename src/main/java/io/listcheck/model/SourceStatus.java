package io.listcheck.model;

/**
 * How the last update attempt of a source went, kept in the manifest so that {@code listcheck lists} can say
 * that a snapshot is the previous one because the newest attempt failed.
 *
 * @param state {@link #OK_STATE} or {@link #FAILED_STATE} ("failed, previous snapshot kept")
 * @param reason why the attempt failed (one line), empty when ok
 * @param failedAt when the failed attempt ran (ISO instant), empty when ok
 */
public record SourceStatus(String state, String reason, String failedAt) {
  public static final String OK_STATE = "ok";
  public static final String FAILED_STATE = "failed";
  public static final SourceStatus OK = new SourceStatus(OK_STATE, "", "");

  public SourceStatus {
    state = state == null || state.isBlank() ? OK_STATE : state;
    reason = reason == null ? "" : reason;
    failedAt = failedAt == null ? "" : failedAt;
  }

  public static SourceStatus failed(String reason, String at) {
    return new SourceStatus(FAILED_STATE, reason, at);
  }

  public boolean failed() {
    return FAILED_STATE.equals(state);
  }
}
