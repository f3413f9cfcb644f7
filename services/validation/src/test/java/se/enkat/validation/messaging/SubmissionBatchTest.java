package se.enkat.validation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.enkat.validation.messaging.TestEvents.TIMEOUT;
import static se.enkat.validation.messaging.TestEvents.awaitVerdicts;
import static se.enkat.validation.messaging.TestEvents.byKey;
import static se.enkat.validation.messaging.TestEvents.key;
import static se.enkat.validation.messaging.TestEvents.newRoundId;
import static se.enkat.validation.messaging.TestEvents.openRound;
import static se.enkat.validation.messaging.TestEvents.publishRoundOpened;
import static se.enkat.validation.messaging.TestEvents.submissionData;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.Topics;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.TestRecord;
import se.enkat.validation.Submissions2025;

/**
 * The submissions consumer applies a poll's records as one batch: what it writes (verdicts and the
 * events announcing them, in order per organisation) is exactly what applying the same records one
 * at a time writes, redeliveries, repeated revisions, late older revisions and poison included.
 */
@QuarkusTest
class SubmissionBatchTest {

  private static final String A = Submissions2025.STOCKHOLM;
  private static final String B = Submissions2025.KIRUNA;
  private static final String POISON_ORG = "0114";

  @Inject Pool pool;
  @Inject SubmissionEventsConsumer consumer;

  private final TopicWatcher deadLetters = TestEvents.deadLetters();

  /** One record of the stream: its event id tag (equal tags are the same event), what it says. */
  private record Step(String tag, String org, int revision, ObjectNode answers, boolean poison) {
    static Step of(String tag, String org, int revision, ObjectNode answers) {
      return new Step(tag, org, revision, answers, false);
    }
  }

  private static List<Step> stream() {
    return List.of(
        Step.of("a1", A, 1, Submissions2025.validMunicipalityAnswers()),
        Step.of("b1", B, 1, Submissions2025.wrongType()),
        // a redelivery of the first record
        Step.of("a1", A, 1, Submissions2025.validMunicipalityAnswers()),
        Step.of("a2", A, 2, Submissions2025.missingRequiredFollowUp()),
        new Step("p", POISON_ORG, 1, null, true),
        Step.of("b3", B, 3, Submissions2025.validMunicipalityAnswers()),
        // an older revision after a newer one
        Step.of("b2", B, 2, Submissions2025.hiddenButAnswered()),
        // another event id for a revision already judged: the first verdict stands
        Step.of("a2-again", A, 2, Submissions2025.validMunicipalityAnswers()));
  }

  @Test
  void aBatchWritesWhatApplyingItsRecordsOneByOneWrites() throws Throwable {
    String batched = openRound();
    String oneByOne = openRound();
    awaitRound(batched);
    awaitRound(oneByOne);

    List<ConsumerRecord<String, String>> batch = records(batched, stream());
    consume(batch);
    for (ConsumerRecord<String, String> record : records(oneByOne, stream())) {
      consume(List.of(record));
    }

    for (String org : List.of(A, B)) {
      List<String> expected = announced(oneByOne, org, 3);
      assertThat(expected).hasSize(org.equals(A) ? 2 : 3);
      assertThat(announced(batched, org, 3)).isEqualTo(expected);
      assertThat(verdicts(batched, org)).isEqualTo(verdicts(oneByOne, org));
    }
    assertThat(announced(batched, A, 2))
        .containsExactly("submission.accepted 1", "submission.rejected 2 plan.level=required");
    assertThat(announced(batched, B, 3))
        .extracting(line -> line.split(" ")[1])
        .containsExactly("1", "3", "2");
    // the poison record of each is dead-lettered with its reason; it held nothing back
    for (String round : List.of(batched, oneByOne)) {
      TestRecord dead =
          deadLetters.await(byKey(key(round, POISON_ORG)), 1, TIMEOUT).get(0).record();
      assertThat(dead.header("dead-letter-reason")).contains("lacks required fields");
    }

    // the whole batch delivered again changes nothing
    long outboxBefore = outboxRows(batched);
    consume(batch);
    assertThat(outboxRows(batched)).isEqualTo(outboxBefore).isEqualTo(5);
    assertThat(verdicts(batched, A)).hasSize(2);
  }

  @Test
  void submissionsParkedByOneBatchAreJudgedInTheirOrderWhenTheRoundArrives() throws Throwable {
    String round = newRoundId();
    // event ids in descending order: parked rows must keep the batch's order, not the ids'
    List<ConsumerRecord<String, String>> batch =
        List.of(
            record(round, "z-" + UUID.randomUUID(), A, 1, Submissions2025.wrongType()),
            record(
                round, "y-" + UUID.randomUUID(), A, 3, Submissions2025.validMunicipalityAnswers()),
            record(round, "x-" + UUID.randomUUID(), A, 2, Submissions2025.hiddenButAnswered()));
    consume(batch);
    assertThat(count("select count(*) from pending_submission where round_id = $1", round))
        .isEqualTo(3);

    publishRoundOpened(round);

    assertThat(awaitVerdicts(round, A, 3))
        .extracting(r -> TestEvents.data(r).path("revision").asInt())
        .containsExactly(1, 3, 2);
  }

  private void consume(List<ConsumerRecord<String, String>> records) throws Throwable {
    Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition =
        Map.of(new TopicPartition(Topics.SUBMISSIONS, 0), records);
    VertxContextSupport.subscribeAndAwait(
        () -> consumer.consume(new ConsumerRecords<>(byPartition)));
  }

  private static List<ConsumerRecord<String, String>> records(String round, List<Step> steps) {
    Map<String, String> ids = new HashMap<>();
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    for (Step step : steps) {
      String id = ids.computeIfAbsent(step.tag(), tag -> UUID.randomUUID().toString());
      String data =
          step.poison()
              ? "{\"round\":\"" + round + "\"}"
              : submissionData(round, step.org(), step.revision(), step.answers());
      records.add(record(round, id, step.org(), data));
    }
    return records;
  }

  private static ConsumerRecord<String, String> record(
      String round, String eventId, String org, int revision, ObjectNode answers) {
    return record(round, eventId, org, submissionData(round, org, revision, answers));
  }

  private static long offset;

  private static synchronized ConsumerRecord<String, String> record(
      String round, String eventId, String org, String data) {
    ConsumerRecord<String, String> record =
        new ConsumerRecord<>(Topics.SUBMISSIONS, 0, offset++, key(round, org), data);
    Map<String, String> headers =
        EventHeaders.of(EventTypes.SUBMISSION_RECEIVED)
            .id(eventId)
            .source("/enkat/collection")
            .subject(key(round, org))
            .toMap();
    headers.forEach(
        (name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
    return record;
  }

  /** The verdict events written for the organisation, in outbox order: type, revision, codes. */
  private List<String> announced(String round, String org, int atMost) {
    return rows(
        "select event_type || ' ' || (cast(payload as jsonb) ->> 'revision') || ' '"
            + " || coalesce((select string_agg((v ->> 'question') || '=' || (v ->> 'code'), ',')"
            + " from jsonb_array_elements(cast(payload as jsonb) -> 'violations') v), '')"
            + " from outbox_event where event_key = $1 order by seq limit $2",
        Tuple.of(key(round, org), atMost),
        row -> row.getString(0).strip());
  }

  /** The verdict rows of the organisation: revision, status, violations. */
  private List<String> verdicts(String round, String org) {
    return rows(
        "select revision || ' ' || status || ' ' || cast(violations as text) from verdict"
            + " where round_id = $1 and organisation = $2 order by revision",
        Tuple.of(round, org),
        row -> row.getString(0));
  }

  private long outboxRows(String round) {
    return count("select count(*) from outbox_event where event_key like $1 || '/%'", round);
  }

  private void awaitRound(String round) {
    await()
        .atMost(TIMEOUT)
        .until(() -> count("select count(*) from round where round_id = $1", round) == 1);
  }

  private long count(String sql, String parameter) {
    return rows(sql, Tuple.of(parameter), row -> row.getLong(0)).get(0);
  }

  private <T> List<T> rows(String sql, Tuple parameters, Function<Row, T> map) {
    List<T> result = new ArrayList<>();
    pool.preparedQuery(sql)
        .execute(parameters)
        .await()
        .atMost(Duration.ofSeconds(10))
        .forEach(row -> result.add(map.apply(row)));
    return result;
  }
}
