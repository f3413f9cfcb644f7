package se.enkat.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import se.enkat.common.events.CloudEventHeaders;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.Topics;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.EventSchemas;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestRecord;
import se.enkat.testing.TestStack;
import se.enkat.validation.Submissions2025;

/**
 * Produces the validation service's input events as the collection service's outbox relay would,
 * and follows its output topics. One instance per test JVM; round ids are random, so tests never
 * see each other's events even on a reused broker.
 */
public final class TestEvents {

  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static KafkaTestClient kafka;
  private static TopicWatcher validations;
  private static TopicWatcher deadLetters;
  private static TopicWatcher roundDeadLetters;

  private TestEvents() {}

  static synchronized KafkaTestClient kafka() {
    if (kafka == null) {
      String bootstrap = TestStack.get().kafkaBootstrap();
      kafka = new KafkaTestClient(bootstrap);
      validations = new TopicWatcher(bootstrap, Topics.VALIDATIONS);
      deadLetters = new TopicWatcher(bootstrap, Topics.deadLetter(Topics.SUBMISSIONS));
      roundDeadLetters = new TopicWatcher(bootstrap, Topics.deadLetter(Topics.ROUNDS));
    }
    return kafka;
  }

  static TopicWatcher validations() {
    kafka();
    return validations;
  }

  static TopicWatcher deadLetters() {
    kafka();
    return deadLetters;
  }

  static TopicWatcher roundDeadLetters() {
    kafka();
    return roundDeadLetters;
  }

  public static String newRoundId() {
    return "t-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Announces a new round of the 2025 questionnaire; returns its id. */
  public static String openRound() {
    String round = newRoundId();
    publishRoundOpened(round);
    return round;
  }

  public static void publishRoundOpened(String round) {
    publishRoundOpened(round, EventJson.write(Submissions2025.roundOpened(round)));
  }

  public static void publishRoundOpened(String round, String data) {
    kafka()
        .produce(
            Topics.ROUNDS,
            EventKeys.round(round),
            data,
            EventHeaders.of(EventTypes.ROUND_OPENED)
                .source("/enkat/collection")
                .subject(round)
                .toMap());
  }

  /** Produces submission.received; returns its event id. */
  public static String submit(String round, String org, int revision, ObjectNode answers) {
    String eventId = UUID.randomUUID().toString();
    produceSubmission(
        round,
        org,
        eventId,
        EventTypes.SUBMISSION_RECEIVED,
        submissionData(round, org, revision, answers));
    return eventId;
  }

  public static String submissionData(String round, String org, int revision, ObjectNode answers) {
    return EventJson.write(Submissions2025.submission(round, org, revision, answers));
  }

  public static void produceSubmission(
      String round, String org, String eventId, String type, String data) {
    kafka()
        .produce(
            Topics.SUBMISSIONS,
            key(round, org),
            data,
            EventHeaders.of(type)
                .id(eventId)
                .source("/enkat/collection")
                .subject(key(round, org))
                .toMap());
  }

  public static String key(String round, String org) {
    return EventKeys.submission(round, org);
  }

  public static Predicate<TestRecord> byKey(String key) {
    return r -> key.equals(r.key());
  }

  /** Waits for this many verdict events on the key; checks each against its JSON Schema. */
  public static List<TestRecord> awaitVerdicts(String round, String org, int count) {
    List<TestRecord> events =
        validations().await(byKey(key(round, org)), count, TIMEOUT).stream()
            .map(TopicWatcher.Seen::record)
            .toList();
    for (TestRecord event : events) {
      assertThat(EventSchemas.violations(event.header(CloudEventHeaders.TYPE), data(event)))
          .as("schema violations of %s", event.value())
          .isEmpty();
    }
    return events;
  }

  public static JsonNode data(TestRecord record) {
    try {
      return EventJson.mapper().readTree(record.value());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + record.value(), e);
    }
  }

  /** The violations of a submission.rejected as {@code question=code}. */
  public static List<String> codes(TestRecord record) {
    List<String> codes = new ArrayList<>();
    data(record)
        .path("violations")
        .forEach(v -> codes.add(v.path("question").asText() + "=" + v.path("code").asText()));
    return codes;
  }
}
