package se.enkat.publication;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.common.events.Topics;
import se.enkat.publication.messaging.ValidationEventsConsumer;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestRecord;
import se.enkat.testing.TestStack;

/**
 * The verdicts consumer applies a poll's records as one batch: the stored answers and the verdicts
 * seen are exactly what applying the same records one at a time gives, redeliveries, late older
 * revisions, a second event for one revision and poison included.
 */
@QuarkusTest
class VerdictBatchTest {

  private static final OffsetDateTime AT =
      OffsetDateTime.of(2025, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);

  @Inject ValidationEventsConsumer consumer;

  /** One record: its event id tag (equal tags are the same event), key and data by round. */
  private record Step(String tag, String org, String type, Function<String, String> data) {}

  private static Step accepted(String tag, String org, int revision, String planExists) {
    return new Step(
        tag,
        org,
        EventTypes.SUBMISSION_ACCEPTED,
        round ->
            TestEvents.json(
                new SubmissionAccepted(
                    SubmissionAccepted.SCHEMA_VERSION,
                    round,
                    org,
                    "MUNICIPALITY",
                    "01",
                    revision,
                    new RoundOpened.QuestionnaireRef("q", 1),
                    TestEvents.JSON.valueToTree(Map.of("plan.exists", planExists)),
                    TestEvents.JSON.valueToTree(Map.of("plan.exists", "revision " + revision)),
                    AT,
                    AT.plusMinutes(revision))));
  }

  private static Step rejected(String tag, String org, int revision) {
    return new Step(
        tag,
        org,
        EventTypes.SUBMISSION_REJECTED,
        round ->
            TestEvents.json(
                new SubmissionRejected(
                    SubmissionRejected.SCHEMA_VERSION,
                    round,
                    org,
                    revision,
                    new RoundOpened.QuestionnaireRef("q", 1),
                    List.of(
                        new SubmissionRejected.Violation("plan.exists", "required", "Required")),
                    AT,
                    AT)));
  }

  private static List<Step> stream() {
    return List.of(
        accepted("a", "0180", 1, "yes"),
        rejected("b", "2584", 1),
        // a redelivery of the first record
        accepted("a", "0180", 1, "yes"),
        accepted("c", "0180", 3, "no"),
        // an older revision after a newer one
        accepted("d", "0180", 2, "dont_know"),
        // poison: the data lacks every required field
        new Step("p", "0180", EventTypes.SUBMISSION_ACCEPTED, round -> "{}"),
        // a second event for one revision: the first stands
        accepted("e", "1280", 1, "yes"),
        accepted("f", "1280", 1, "no"),
        rejected("g", "0180", 4));
  }

  @Test
  void aBatchOfVerdictsGivesWhatApplyingThemOneByOneGives() throws Throwable {
    String batched = "r-" + UUID.randomUUID().toString().substring(0, 8);
    String oneByOne = "r-" + UUID.randomUUID().toString().substring(0, 8);

    List<ConsumerRecord<String, String>> batch = records(batched);
    consume(batch);
    for (ConsumerRecord<String, String> record : records(oneByOne)) {
      consume(List.of(record));
    }

    for (String round : List.of(batched, oneByOne)) {
      assertThat(
              strings(
                  "select organisation || ' ' || revision || ' ' || (answers ->> 'plan.exists')"
                      + " || ' ' || (comments ->> 'plan.exists') || ' '"
                      + " || to_char(validated_at at time zone 'UTC', 'HH24:MI')"
                      + " from accepted_answer where round_id = ? order by organisation",
                  round))
          .containsExactly("0180 3 no revision 3 10:03", "1280 1 yes revision 1 10:01");
      assertThat(
              strings(
                  "select organisation || ' ' || revision from verdict_seen where round_id = ?"
                      + " order by organisation, revision",
                  round))
          .containsExactly("0180 1", "0180 2", "0180 3", "0180 4", "1280 1", "2584 1");
      String key = EventKeys.submission(round, "0180");
      List<TestRecord> dead =
          Awaitility.await()
              .atMost(Duration.ofSeconds(20))
              .until(
                  () ->
                      KafkaTestClient.shared()
                          .readAll(Topics.deadLetter(Topics.VALIDATIONS))
                          .stream()
                          .filter(r -> key.equals(r.key()))
                          .toList(),
                  letters -> !letters.isEmpty());
      assertThat(dead).hasSize(1);
      assertThat(dead.get(0).header("dead-letter-reason")).contains("lacks required fields");
    }

    // the whole batch delivered again changes nothing
    consume(batch);
    assertThat(
            strings(
                "select organisation || ' ' || revision from accepted_answer where round_id = ?"
                    + " order by organisation",
                batched))
        .containsExactly("0180 3", "1280 1");
    assertThat(strings("select count(*) || '' from verdict_seen where round_id = ?", batched))
        .containsExactly("6");
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
      ConsumerRecord<String, String> record =
          new ConsumerRecord<>(
              Topics.VALIDATIONS,
              0,
              offset++,
              EventKeys.submission(round, step.org()),
              step.data().apply(round));
      TestEvents.headers(id, step.type())
          .forEach(
              (name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
      records.add(record);
    }
    return records;
  }

  private static List<String> strings(String sql, String round) throws SQLException {
    TestStack stack = TestStack.get();
    String url = "jdbc:postgresql://" + stack.pgHost() + ":" + stack.pgPort() + "/publication";
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url, "publication", "publication");
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, round);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rows.add(rs.getString(1));
        }
      }
    }
    return rows;
  }
}
