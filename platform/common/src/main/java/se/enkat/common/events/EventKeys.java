package se.enkat.common.events;

/** Kafka keys: they keep the order of events about one round, or one round and organisation. */
public final class EventKeys {

  private EventKeys() {}

  public static String submission(String roundId, String organisation) {
    return roundId + "/" + organisation;
  }

  public static String round(String roundId) {
    return roundId;
  }
}
