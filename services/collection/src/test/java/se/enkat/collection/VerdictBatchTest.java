package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.enkat.collection.ValidationEventsConsumerTest.accepted;
import static se.enkat.collection.ValidationEventsConsumerTest.rejected;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.enkat.collection.messaging.ValidationEventsConsumer;
import se.enkat.common.events.Topics;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestRecord;

/**
 * The verdicts consumer applies a poll's records as one batch: the revisions' statuses and the
 * counted verdicts are exactly what applying the same records one at a time gives, redeliveries,
 * late older revisions and poison included.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class VerdictBatchTest {

  private static final KafkaTestClient KAFKA = KafkaTestClient.shared();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final String ORG = "0180";
  private static final String OTHER = "0114";

  @Inject TestData data;
  @Inject MeterRegistry meters;
  @Inject ValidationEventsConsumer consumer;

  /** One record: its event id tag (equal tags are the same event), type, and data by round. */
  private record Step(String tag, String type, BiFunction<String, String, String> data) {}

  private static List<Step> stream() {
    return List.of(
        new Step("a", "submission.accepted", (round, ignored) -> accepted(round, ORG, 1)),
        new Step("b", "submission.rejected", (round, ignored) -> rejected(round, OTHER, 1)),
        // a redelivery of the first record
        new Step("a", "submission.accepted", (round, ignored) -> accepted(round, ORG, 1)),
        new Step("c", "submission.accepted", (round, ignored) -> accepted(round, ORG, 3)),
        // an older revision after a newer one
        new Step("d", "submission.rejected", (round, ignored) -> rejected(round, ORG, 2)),
        // poison: a verdict on a revision that does not exist, and data that is not JSON
        new Step("p1", "submission.accepted", (round, ignored) -> accepted(round, ORG, 7)),
        new Step("p2", "submission.accepted", (round, ignored) -> "not json at all"),
        // a second verdict on a revision: the later one stands, as applied one after the other
        new Step("e", "submission.rejected", (round, ignored) -> rejected(round, ORG, 1)));
  }

  @Test
  void aBatchOfVerdictsGivesWhatApplyingThemOneByOneGives() throws Throwable {
    String batched = roundWithRevisions();
    String oneByOne = roundWithRevisions();

    List<ConsumerRecord<String, String>> batch = records(batched);
    consume(batch);
    for (ConsumerRecord<String, String> record : records(oneByOne)) {
      consume(List.of(record));
    }

    assertThat(
            data.count(
                "select count(*) from ((select organisation_code, revision, status, violations,"
                    + " validated_at from submission_revision where round_id = ?"
                    + " except select organisation_code, revision, status, violations,"
                    + " validated_at from submission_revision where round_id = ?)"
                    + " union all (select organisation_code, revision, status, violations,"
                    + " validated_at from submission_revision where round_id = ?"
                    + " except select organisation_code, revision, status, violations,"
                    + " validated_at from submission_revision where round_id = ?)) differences",
                batched,
                oneByOne,
                oneByOne,
                batched))
        .isZero();
    for (String round : List.of(batched, oneByOne)) {
      assertThat(data.revisionStatus(round, ORG, 1)).isEqualTo("REJECTED");
      assertThat(data.revisionStatus(round, ORG, 2)).isEqualTo("REJECTED");
      assertThat(data.revisionStatus(round, ORG, 3)).isEqualTo("ACCEPTED");
      assertThat(data.revisionStatus(round, OTHER, 1)).isEqualTo("REJECTED");
      given()
          .get(Api.submissionPath(round, ORG))
          .then()
          .statusCode(200)
          .body("revision", equalTo(3))
          .body("status", equalTo("ACCEPTED"));
      // every first delivery counted once: accepted a and c, rejected b, d and e
      assertThat(counted("enkat.submissions.accepted", round)).isEqualTo(2);
      assertThat(counted("enkat.submissions.rejected", round)).isEqualTo(3);
      String key = round + "/" + ORG;
      List<TestRecord> dead =
          Awaitility.await()
              .atMost(WAIT)
              .until(
                  () ->
                      KAFKA.readAll(Topics.deadLetter(Topics.VALIDATIONS)).stream()
                          .filter(r -> key.equals(r.key()))
                          .toList(),
                  letters -> letters.size() >= 2);
      assertThat(dead).hasSize(2);
      assertThat(dead)
          .extracting(r -> r.header("dead-letter-reason"))
          .anySatisfy(reason -> assertThat(reason).contains("unknown revision"))
          .anySatisfy(reason -> assertThat(reason).contains("not JSON"));
    }

    // the whole batch delivered again changes nothing and counts nothing
    consume(batch);
    assertThat(counted("enkat.submissions.accepted", batched)).isEqualTo(2);
    assertThat(counted("enkat.submissions.rejected", batched)).isEqualTo(3);
    assertThat(data.revisionStatus(batched, ORG, 1)).isEqualTo("REJECTED");
  }

  private String roundWithRevisions() {
    String round = Api.openRoundFor(List.of(ORG, OTHER));
    for (String key : List.of("k1", "k2", "k3")) {
      Api.submit(round, ORG, key, Api.ANSWERS).then().statusCode(202);
    }
    Api.submit(round, OTHER, "k1", Api.ANSWERS).then().statusCode(202);
    return round;
  }

  private void consume(List<ConsumerRecord<String, String>> records) throws Throwable {
    Map<TopicPartition, List<ConsumerRecord<String, String>>> byPartition =
        Map.of(new TopicPartition(Topics.VALIDATIONS, 0), records);
    VertxContextSupport.subscribeAndAwait(
        () -> consumer.consume(new ConsumerRecords<>(byPartition)));
  }

  private static long offset;

  private static synchronized List<ConsumerRecord<String, String>> records(String round) {
    Map<String, String> ids = new HashMap<>();
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    for (Step step : stream()) {
      String id = ids.computeIfAbsent(step.tag(), tag -> UUID.randomUUID().toString());
      String key = round + "/" + (step.tag().equals("b") ? OTHER : ORG);
      ConsumerRecord<String, String> record =
          new ConsumerRecord<>(Topics.VALIDATIONS, 0, offset++, key, step.data().apply(round, key));
      EventHeaders.of(step.type())
          .id(id)
          .source("/enkat/validation")
          .time("2025-03-02T10:00:00Z")
          .toMap()
          .forEach(
              (name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
      records.add(record);
    }
    return records;
  }

  private long counted(String name, String round) {
    Counter counter = meters.find(name).tag("round", round).counter();
    return counter == null ? 0 : (long) counter.count();
  }
}
