package se.enkat.common.events;

/**
 * Kafka keys, which keep the order of events about one round, or one round and organisation; and
 * the CloudEvents subjects that name what an event is about.
 */
public final class EventKeys {

  private EventKeys() {}

  public static String submission(String roundId, String organisation) {
    return roundId + "/" + organisation;
  }

  public static String round(String roundId) {
    return roundId;
  }

  /** The subject of an event about a round: {@code rounds/{round}}. */
  public static String roundSubject(String roundId) {
    return "rounds/" + roundId;
  }

  /** The subject of an event about one revision of a submission. */
  public static String revisionSubject(String roundId, String organisation, int revision) {
    return roundSubject(roundId) + "/submissions/" + organisation + "/revisions/" + revision;
  }
}
