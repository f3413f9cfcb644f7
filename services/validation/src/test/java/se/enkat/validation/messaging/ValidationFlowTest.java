package se.enkat.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.enkat.validation.messaging.TestEvents.TIMEOUT;
import static se.enkat.validation.messaging.TestEvents.awaitVerdicts;
import static se.enkat.validation.messaging.TestEvents.byKey;
import static se.enkat.validation.messaging.TestEvents.codes;
import static se.enkat.validation.messaging.TestEvents.data;
import static se.enkat.validation.messaging.TestEvents.key;
import static se.enkat.validation.messaging.TestEvents.newRoundId;
import static se.enkat.validation.messaging.TestEvents.openRound;
import static se.enkat.validation.messaging.TestEvents.produceSubmission;
import static se.enkat.validation.messaging.TestEvents.publishRoundOpened;
import static se.enkat.validation.messaging.TestEvents.submissionData;
import static se.enkat.validation.messaging.TestEvents.submit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.CloudEventHeaders;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.Topics;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestRecord;
import se.enkat.validation.Submissions2025;
import se.enkat.validation.service.RoundRegistry;

/**
 * The service end to end against the real Kafka broker and PostgreSQL: events are produced to the
 * input topics with the headers the outbox relay writes, and the output topics are read back.
 */
@QuarkusTest
class ValidationFlowTest {

  private static final Logger LOG = Logger.getLogger(ValidationFlowTest.class);

  @Inject Pool pool;
  @Inject RoundRegistry registry;

  private final KafkaTestClient kafka = TestEvents.kafka();
  private final TopicWatcher validations = TestEvents.validations();
  private final TopicWatcher deadLetters = TestEvents.deadLetters();

  @Test
  void aValidAnswerSetGivesOneSubmissionAcceptedWithNormalisedAnswers() {
    String round = openRound();

    submit(round, Submissions2025.STOCKHOLM, 1, Submissions2025.validMunicipalityAnswers());

    TestRecord event = awaitVerdicts(round, Submissions2025.STOCKHOLM, 1).get(0);
    assertThat(event.header(CloudEventHeaders.TYPE)).isEqualTo(EventTypes.SUBMISSION_ACCEPTED);
    assertThat(event.header(CloudEventHeaders.SOURCE)).isEqualTo("/enkat/validation");
    assertThat(event.header(CloudEventHeaders.SUBJECT))
        .isEqualTo("rounds/" + round + "/submissions/0180/revisions/1");
    JsonNode data = data(event);
    assertThat(data.path("organisationType").asText()).isEqualTo("MUNICIPALITY");
    assertThat(data.path("county").asText()).isEqualTo("01");
    assertThat(data.path("questionnaire").path("version").asInt()).isEqualTo(1);
    assertThat(data.path("answers").path("plan.exists").asText()).isEqualTo("yes");
    assertThat(data.path("answers").size()).isEqualTo(29);
    assertThat(data.path("comments").path("plan.exists").asText()).startsWith("Beslutad");
  }

  @Test
  void brokenRulesGiveSubmissionRejectedWithTheirExactCodes() {
    String round = openRound();
    String org = Submissions2025.STOCKHOLM;

    submit(round, org, 1, Submissions2025.hiddenButAnswered());
    submit(round, org, 2, Submissions2025.wrongType());
    submit(round, org, 3, Submissions2025.missingRequiredFollowUp());

    List<TestRecord> events = awaitVerdicts(round, org, 3);
    assertThat(events)
        .extracting(e -> e.header(CloudEventHeaders.TYPE))
        .containsOnly(EventTypes.SUBMISSION_REJECTED);
    assertThat(events)
        .extracting(e -> data(e).path("revision").asInt() + ":" + codes(e))
        .containsExactly(
            "1:[hygiene.documented.management_system=not_relevant]",
            "2:[risk.staff_survey=wrong_type]",
            "3:[plan.level=required]");
  }

  @Test
  void theSameEventDeliveredTwiceGivesOneVerdictAndOneEvent() {
    String round = openRound();
    String org = Submissions2025.KIRUNA;
    String eventId = UUID.randomUUID().toString();
    String data = submissionData(round, org, 1, Submissions2025.validMunicipalityAnswers());

    produceSubmission(round, org, eventId, EventTypes.SUBMISSION_RECEIVED, data);
    produceSubmission(round, org, eventId, EventTypes.SUBMISSION_RECEIVED, data);
    // A later revision on the same partition: once it is judged, the duplicate was handled.
    submit(round, org, 2, Submissions2025.wrongType());

    awaitVerdicts(round, org, 2);
    assertThat(validations.records(byKey(key(round, org))))
        .extracting(e -> data(e).path("revision").asInt())
        .containsExactly(1, 2);
    assertThat(count("select count(*) from verdict where round_id = $1", round)).isEqualTo(2);
  }

  @Test
  void poisonMessagesGoToTheDeadLetterTopicAndTheNextMessageIsStillJudged() {
    String round = openRound();
    String org = Submissions2025.STOCKHOLM;
    String valid = submissionData(round, org, 1, Submissions2025.validMunicipalityAnswers());

    produceSubmission(
        round, org, UUID.randomUUID().toString(), EventTypes.SUBMISSION_RECEIVED, "not json {");
    produceSubmission(round, org, UUID.randomUUID().toString(), "submission.exploded", valid);
    kafka.produce(
        Topics.SUBMISSIONS, key(round, org), valid, Map.of("content-type", "application/json"));
    produceSubmission(
        round,
        org,
        UUID.randomUUID().toString(),
        EventTypes.SUBMISSION_RECEIVED,
        "{\"round\":\"" + round + "\"}");
    submit(round, org, 1, Submissions2025.validMunicipalityAnswers());

    List<TopicWatcher.Seen> dead = deadLetters.await(byKey(key(round, org)), 4, TIMEOUT);
    assertThat(dead)
        .extracting(s -> s.record().header("dead-letter-reason"))
        .satisfiesExactly(
            reason -> assertThat(reason).endsWith("data is not JSON"),
            reason -> assertThat(reason).contains("unknown type submission.exploded"),
            reason -> assertThat(reason).isEqualTo("missing CloudEvents header ce_id or ce_type"),
            reason ->
                assertThat(reason)
                    .endsWith(
                        "data lacks required fields organisation, revision, answers, submittedAt"));
    assertThat(dead.get(0).record().value()).isEqualTo("not json {");
    TestRecord judged = awaitVerdicts(round, org, 1).get(0);
    assertThat(judged.header(CloudEventHeaders.TYPE)).isEqualTo(EventTypes.SUBMISSION_ACCEPTED);
  }

  @Test
  void aSubmissionArrivingBeforeItsRoundIsParkedAndJudgedWhenTheRoundArrives() {
    String round = newRoundId();
    String org = Submissions2025.KIRUNA;

    String eventId = submit(round, org, 1, Submissions2025.validMunicipalityAnswers());

    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                count("select count(*) from pending_submission where event_id = $1", eventId) == 1);
    assertThat(validations.records(byKey(key(round, org)))).isEmpty();

    publishRoundOpened(round);

    TestRecord event = awaitVerdicts(round, org, 1).get(0);
    assertThat(event.header(CloudEventHeaders.TYPE)).isEqualTo(EventTypes.SUBMISSION_ACCEPTED);
    assertThat(data(event).path("county").asText()).isEqualTo("25");
    assertThat(count("select count(*) from pending_submission where round_id = $1", round))
        .isZero();
  }

  @Test
  void roundClosedIsRecordedAndLateSubmissionsAreStillJudged() {
    String round = openRound();
    String org = Submissions2025.KIRUNA;
    submit(round, org, 1, Submissions2025.validMunicipalityAnswers());
    awaitVerdicts(round, org, 1);

    kafka.produce(
        Topics.ROUNDS,
        round,
        EventJson.write(
            new RoundClosed(
                RoundClosed.SCHEMA_VERSION, round, OffsetDateTime.now(ZoneOffset.UTC), 2)),
        EventHeaders.of(EventTypes.ROUND_CLOSED)
            .source("/enkat/collection")
            .subject(round)
            .toMap());
    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                count(
                        "select count(*) from round where round_id = $1 and revisions_received = 2",
                        round)
                    == 1);
    // Acknowledged by collection while the round was open, consumed after it closed.
    submit(round, org, 2, Submissions2025.wrongType());

    assertThat(awaitVerdicts(round, org, 2).get(1).header(CloudEventHeaders.TYPE))
        .isEqualTo(EventTypes.SUBMISSION_REJECTED);
  }

  @Test
  void afterARestartTheRoundIsReloadedFromTheDatabaseAndStillJudged() {
    String round = openRound();
    String org = Submissions2025.STOCKHOLM;
    submit(round, org, 1, Submissions2025.validMunicipalityAnswers());
    awaitVerdicts(round, org, 1);

    registry.clear();
    submit(round, org, 2, Submissions2025.wrongType());

    TestRecord second = awaitVerdicts(round, org, 2).get(1);
    assertThat(codes(second)).containsExactly("risk.staff_survey=wrong_type");
    assertThat(data(second).path("questionnaire").path("id").asText())
        .isEqualTo("patientsakerhet-2025");
  }

  @Test
  void aRoundWhoseQuestionnaireDoesNotCompileIsDeadLetteredAndItsSubmissionsWait() {
    String round = newRoundId();
    ObjectNode opened = (ObjectNode) EventJson.tree(Submissions2025.roundOpened(round));
    ((ObjectNode) opened.path("questionnaire").path("sections").path(0).path("questions").path(1))
        .put("relevant", "answers['plan.exists'] ==");
    String eventId =
        submit(round, Submissions2025.KIRUNA, 1, Submissions2025.validMunicipalityAnswers());

    publishRoundOpened(round, opened.toString());

    List<TopicWatcher.Seen> dead =
        TestEvents.roundDeadLetters().await(byKey(round), 1, TestEvents.TIMEOUT);
    assertThat(dead.get(0).record().header("dead-letter-reason"))
        .contains("questionnaire does not compile");
    await()
        .atMost(TestEvents.TIMEOUT)
        .until(
            () ->
                count("select count(*) from pending_submission where event_id = $1", eventId) == 1);
    assertThat(validations.records(byKey(key(round, Submissions2025.KIRUNA)))).isEmpty();
  }

  @Test
  void verdictEventsArriveWellWithinASecond() {
    String round = openRound();
    String org = Submissions2025.STOCKHOLM;
    submit(round, org, 1, Submissions2025.validMunicipalityAnswers());
    awaitVerdicts(round, org, 1);

    List<Long> millis = new ArrayList<>();
    for (int revision = 2; revision <= 21; revision++) {
      long start = System.nanoTime();
      submit(round, org, revision, Submissions2025.validMunicipalityAnswers());
      int rev = revision;
      TopicWatcher.Seen seen =
          validations
              .await(
                  byKey(key(round, org)).and(r -> data(r).path("revision").asInt() == rev),
                  1,
                  TIMEOUT)
              .get(0);
      millis.add((seen.seenAtNanos() - start) / 1_000_000);
    }

    Collections.sort(millis);
    long median = millis.get(millis.size() / 2);
    long p95 = millis.get((int) Math.ceil(millis.size() * 0.95) - 1);
    LOG.infof(
        "submission.received -> verdict event, %d sequential submissions: median %d ms, p95 %d ms,"
            + " max %d ms",
        millis.size(), median, p95, millis.get(millis.size() - 1));
    assertThat(median).isLessThan(1000);
  }

  private long count(String sql, String parameter) {
    return pool.preparedQuery(sql)
        .execute(Tuple.of(parameter))
        .map(rows -> rows.iterator().next().getLong(0))
        .await()
        .atMost(Duration.ofSeconds(10));
  }
}
