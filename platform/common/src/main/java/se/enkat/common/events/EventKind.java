package se.enkat.common.events;

/**
 * Every event type with the topic it goes to and the service that writes it (the CloudEvents {@code
 * source}): the event catalogue's table (docs/events.md) as code.
 */
public enum EventKind {
  ROUND_OPENED(EventTypes.ROUND_OPENED, Topics.ROUNDS, "collection"),
  ROUND_CLOSED(EventTypes.ROUND_CLOSED, Topics.ROUNDS, "collection"),
  SUBMISSION_RECEIVED(EventTypes.SUBMISSION_RECEIVED, Topics.SUBMISSIONS, "collection"),
  REMINDER_REQUESTED(EventTypes.REMINDER_REQUESTED, Topics.REMINDERS, "collection"),
  SUBMISSION_ACCEPTED(EventTypes.SUBMISSION_ACCEPTED, Topics.VALIDATIONS, "validation"),
  SUBMISSION_REJECTED(EventTypes.SUBMISSION_REJECTED, Topics.VALIDATIONS, "validation"),
  INDICATOR_DEFINED(EventTypes.INDICATOR_DEFINED, Topics.INDICATORS, "indicator"),
  INDICATOR_VALUES_UPDATED(EventTypes.INDICATOR_VALUES_UPDATED, Topics.INDICATORS, "indicator"),
  ROUND_VALUES_FINAL(EventTypes.ROUND_VALUES_FINAL, Topics.INDICATORS, "indicator"),
  RELEASE_PUBLISHED(EventTypes.RELEASE_PUBLISHED, Topics.RELEASES, "publication");

  private final String type;
  private final String topic;
  private final String source;

  EventKind(String type, String topic, String service) {
    this.type = type;
    this.topic = topic;
    this.source = "/enkat/" + service;
  }

  /** The CloudEvents {@code type}, e.g. {@code round.opened}. */
  public String type() {
    return type;
  }

  /** The Kafka topic. */
  public String topic() {
    return topic;
  }

  /** The CloudEvents {@code source}: the writing service, e.g. {@code /enkat/collection}. */
  public String source() {
    return source;
  }
}
