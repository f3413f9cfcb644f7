package se.enkat.indicator.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.common.events.Topics;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.KafkaTestClient;

/**
 * Produces the events other services would, straight to their topics, with the CloudEvents headers
 * the outbox relay writes (platform/messaging OutboxRecords).
 */
final class TestEvents {

  private final KafkaTestClient kafka;
  private final ObjectMapper json;

  TestEvents(KafkaTestClient kafka, ObjectMapper json) {
    this.kafka = kafka;
    this.json = json;
  }

  static JsonNode questionnaire2025() {
    try (InputStream in =
        Questionnaires.class
            .getClassLoader()
            .getResourceAsStream(Questionnaires.PATIENTSAKERHET_2025)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void roundOpened(String round, List<RoundOpened.InvitedOrganisation> population) {
    RoundOpened data =
        new RoundOpened(
            RoundOpened.SCHEMA_VERSION,
            round,
            json.createObjectNode().put("sv", "Test").put("en", "Test"),
            new RoundOpened.QuestionnaireRef("patientsakerhet", 2025),
            questionnaire2025(),
            population,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 3, 1));
    produce(Topics.ROUNDS, EventKeys.round(round), EventTypes.ROUND_OPENED, round, id(), data);
  }

  void roundClosed(String round, long revisionsReceived) {
    RoundClosed data = new RoundClosed(RoundClosed.SCHEMA_VERSION, round, now(), revisionsReceived);
    produce(Topics.ROUNDS, EventKeys.round(round), EventTypes.ROUND_CLOSED, round, id(), data);
  }

  /** Produces submission.accepted; emits the event id. */
  String accepted(
      String round,
      String org,
      String type,
      String county,
      int revision,
      Map<String, Object> answers) {
    String id = id();
    accepted(id, round, org, type, county, revision, answers);
    return id;
  }

  void accepted(
      String eventId,
      String round,
      String org,
      String type,
      String county,
      int revision,
      Map<String, Object> answers) {
    SubmissionAccepted data =
        new SubmissionAccepted(
            SubmissionAccepted.SCHEMA_VERSION,
            round,
            org,
            type,
            county,
            revision,
            new RoundOpened.QuestionnaireRef("patientsakerhet", 2025),
            json.valueToTree(answers),
            json.createObjectNode(),
            now(),
            now());
    produce(
        Topics.VALIDATIONS,
        EventKeys.submission(round, org),
        EventTypes.SUBMISSION_ACCEPTED,
        round + "/" + org + "/" + revision,
        eventId,
        data);
  }

  void rejected(String round, String org, int revision) {
    SubmissionRejected data =
        new SubmissionRejected(
            SubmissionRejected.SCHEMA_VERSION,
            round,
            org,
            revision,
            new RoundOpened.QuestionnaireRef("patientsakerhet", 2025),
            List.of(new SubmissionRejected.Violation("plan.exists", "required", "required")),
            now(),
            now());
    produce(
        Topics.VALIDATIONS,
        EventKeys.submission(round, org),
        EventTypes.SUBMISSION_REJECTED,
        round + "/" + org + "/" + revision,
        id(),
        data);
  }

  /** A record exactly as given: for poison messages. */
  void raw(String topic, String key, String type, String value) {
    kafka.produce(topic, key, value, headers(id(), type, key));
  }

  private void produce(
      String topic, String key, String type, String subject, String id, Object data) {
    try {
      kafka.produce(topic, key, json.writeValueAsString(data), headers(id, type, subject));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> headers(String id, String type, String subject) {
    return EventHeaders.of(type).id(id).subject(subject).toMap();
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
