package se.enkat.common.events;

/** Stable event type names (the CloudEvents {@code type}); never Java class names. */
public final class EventTypes {

  public static final String ROUND_OPENED = "round.opened";
  public static final String ROUND_CLOSED = "round.closed";
  public static final String SUBMISSION_RECEIVED = "submission.received";
  public static final String SUBMISSION_ACCEPTED = "submission.accepted";
  public static final String SUBMISSION_REJECTED = "submission.rejected";
  public static final String INDICATOR_DEFINED = "indicator.defined";
  public static final String INDICATOR_VALUES_UPDATED = "indicator.values.updated";
  public static final String ROUND_VALUES_FINAL = "round.values.final";
  public static final String RELEASE_PUBLISHED = "release.published";
  public static final String REMINDER_REQUESTED = "reminder.requested";

  private EventTypes() {}
}
