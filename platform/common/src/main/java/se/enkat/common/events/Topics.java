package se.enkat.common.events;

/** The platform's Kafka topics; each consumed topic has a {@code .dlq} twin for poison messages. */
public final class Topics {

  public static final String ROUNDS = "enkat.rounds.v1";
  public static final String SUBMISSIONS = "enkat.submissions.v1";
  public static final String VALIDATIONS = "enkat.validations.v1";
  public static final String INDICATORS = "enkat.indicators.v1";
  public static final String RELEASES = "enkat.releases.v1";

  private Topics() {}

  public static String deadLetter(String topic) {
    return topic + ".dlq";
  }
}
