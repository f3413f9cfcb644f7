package se.enkat.common.events;

/** The platform's Kafka topics; each consumed topic has a {@code .dlq} twin for poison messages. */
public final class Topics {

  public static final String ROUNDS = "enkat.rounds.v1";
  public static final String SUBMISSIONS = "enkat.submissions.v1";
  public static final String VALIDATIONS = "enkat.validations.v1";
  public static final String INDICATORS = "enkat.indicators.v1";
  public static final String RELEASES = "enkat.releases.v1";
  public static final String REMINDERS = "enkat.reminders.v1";

  /** Every main topic; each has a dead-letter twin ({@link #deadLetter}). */
  public static final java.util.List<String> ALL =
      java.util.List.of(ROUNDS, SUBMISSIONS, VALIDATIONS, INDICATORS, RELEASES, REMINDERS);

  /**
   * The largest record any producer sends and any topic takes (producer {@code max.request.size},
   * broker {@code message.max.bytes}, topic {@code max.message.bytes}): 4 MiB. Request bodies are
   * limited to 1 MiB ({@code quarkus.http.limits.max-body-size}), and an event carries at most one
   * body plus an envelope of well under a kilobyte, so every event the API causes fits with room to
   * spare (docs/reliability.md, Limits).
   */
  public static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

  private Topics() {}

  public static String deadLetter(String topic) {
    return topic + ".dlq";
  }
}
