package se.enkat.common.events;

/**
 * Where an event goes and what it is about: its kind (type, topic, writing service), the Kafka key
 * that keeps its order ({@link EventKeys}) and the CloudEvents {@code subject}.
 */
public record EventAddress(EventKind kind, String key, String subject) {

  /** An event about a round: keyed by the round, subject {@code rounds/{round}}. */
  public static EventAddress round(EventKind kind, String round) {
    return new EventAddress(kind, EventKeys.round(round), "rounds/" + round);
  }

  /**
   * An event about one revision of an organisation's answers: keyed by round and organisation,
   * subject {@code rounds/{round}/submissions/{organisation}/revisions/{revision}}.
   */
  public static EventAddress revision(
      EventKind kind, String round, String organisation, int revision) {
    return new EventAddress(
        kind,
        EventKeys.submission(round, organisation),
        "rounds/" + round + "/submissions/" + organisation + "/revisions/" + revision);
  }
}
