package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.Topics;
import se.enkat.messaging.ConsumerLag;
import se.enkat.messaging.ConsumerLag.Subscription;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestStack;

/**
 * The business metrics on {@code /q/metrics} move when the thing they count happens: submissions
 * received, accepted and rejected per round (once each, whatever is replayed or redelivered), dead
 * letters waiting, and a consumer group's lag.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class BusinessMetricsTest {

  private static final KafkaTestClient KAFKA = KafkaTestClient.shared();
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Test
  void submissionsAreCountedPerRoundOnceReceivedAndOnceJudged() {
    String round = Api.openRoundFor(List.of("0180", "0114"));
    assertThat(value("enkat_submissions_received_total", round)).isNull();

    Api.submit(round, "0180", "k1", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "0180", "k1", Api.ANSWERS).then().statusCode(202); // replayed: not stored
    Api.submit(round, "0114", "k1", Api.ANSWERS).then().statusCode(202);
    assertThat(value("enkat_submissions_received_total", round)).isEqualTo(2.0);

    String verdict = UUID.randomUUID().toString();
    publish(round, "0180", verdict, "submission.accepted");
    publish(round, "0180", verdict, "submission.accepted"); // redelivered: applied once
    publish(round, "0114", UUID.randomUUID().toString(), "submission.rejected");
    Awaitility.await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(value("enkat_submissions_accepted_total", round))
                  .as(samples("enkat_submissions"))
                  .isEqualTo(1.0);
              assertThat(value("enkat_submissions_rejected_total", round))
                  .as(samples("enkat_submissions"))
                  .isEqualTo(1.0);
            });
    assertThat(value("enkat_submissions_received_total", round)).isEqualTo(2.0);
  }

  @Test
  void aDeadLetterRaisesTheWaitingGaugeOfItsTopic() {
    String topic = "topic=\"" + Topics.VALIDATIONS + "\"";
    Awaitility.await().atMost(WAIT).until(() -> gauge("enkat_dlq_waiting", topic) != null);
    double before = gauge("enkat_dlq_waiting", topic);
    KAFKA.produce(Topics.VALIDATIONS, "metrics/poison", "{\"no\": \"headers\"}", Map.of());
    Awaitility.await()
        .atMost(Duration.ofSeconds(40))
        .until(() -> gauge("enkat_dlq_waiting", topic) >= before + 1);
  }

  @Test
  void theConsumerLagIsWhatTheGroupHasNotCommittedAndItsGaugeIsServed() throws Exception {
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                gauge(
                        "enkat_consumer_lag",
                        "group=\"collection\",topic=\"" + Topics.VALIDATIONS + "\"")
                    != null);

    Properties settings = new Properties();
    settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafkaBootstrap());
    try (Admin admin = Admin.create(settings)) {
      Subscription idle = new Subscription("metrics-" + UUID.randomUUID(), Topics.RELEASES);
      long before = ConsumerLag.lag(admin, idle);
      KAFKA.produce(Topics.RELEASES, "metrics/a", "{}", Map.of());
      KAFKA.produce(Topics.RELEASES, "metrics/b", "{}", Map.of());
      assertThat(ConsumerLag.lag(admin, idle)).isEqualTo(before + 2);

      // the group commits everything up to the end: nothing left to read
      Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
      admin
          .describeTopics(List.of(Topics.RELEASES))
          .allTopicNames()
          .get()
          .get(Topics.RELEASES)
          .partitions()
          .forEach(
              p ->
                  latest.put(
                      new TopicPartition(Topics.RELEASES, p.partition()), OffsetSpec.latest()));
      Map<TopicPartition, OffsetAndMetadata> ends = new java.util.HashMap<>();
      admin
          .listOffsets(latest)
          .all()
          .get()
          .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end.offset())));
      admin.alterConsumerGroupOffsets(idle.group(), ends).all().get();
      assertThat(ConsumerLag.lag(admin, idle)).isZero();
    }
  }

  private static void publish(String round, String organisation, String id, String type) {
    String data =
        type.equals("submission.accepted")
            ? """
            {"schemaVersion": 1, "round": "%s", "organisation": "%s",
             "organisationType": "MUNICIPALITY", "county": "01", "revision": 1,
             "questionnaire": {"id": "q", "version": 1}, "answers": {"plan.exists": "yes"},
             "comments": {}, "submittedAt": "2025-03-02T09:00:00Z",
             "validatedAt": "2025-03-02T10:00:00Z"}
            """
                .formatted(round, organisation)
            : """
            {"schemaVersion": 1, "round": "%s", "organisation": "%s", "revision": 1,
             "questionnaire": {"id": "q", "version": 1},
             "violations": [{"question": "plan.level", "code": "REQUIRED", "message": "is required"}],
             "submittedAt": "2025-03-02T09:00:00Z", "validatedAt": "2025-03-02T10:00:00Z"}
            """
                .formatted(round, organisation);
    KAFKA.produce(
        Topics.VALIDATIONS,
        round + "/" + organisation,
        data,
        EventHeaders.of(type)
            .id(id)
            .source("/enkat/validation")
            .time("2025-03-02T10:00:00Z")
            .toMap());
  }

  /** The lines of /q/metrics that start with {@code prefix}, for a failure's message. */
  private static String samples(String prefix) {
    String text = given().get("/q/metrics").then().extract().asString();
    return text.lines().filter(line -> line.startsWith(prefix)).toList().toString();
  }

  private static Double value(String counter, String round) {
    return gauge(counter, "round=\"" + round + "\"");
  }

  /** The sample of {@code metric} whose labels include {@code labels}; null when there is none. */
  private static Double gauge(String metric, String labels) {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher sample =
        Pattern.compile("(?m)^" + Pattern.quote(metric) + "\\{([^}]*)\\} ([0-9.eE+-]+)(?: #.*)?$")
            .matcher(text);
    while (sample.find()) {
      if (sample.group(1).contains(labels)) {
        return Double.parseDouble(sample.group(2));
      }
    }
    return null;
  }
}
