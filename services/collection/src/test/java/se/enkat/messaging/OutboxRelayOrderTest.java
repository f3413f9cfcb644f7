package se.enkat.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestRecord;

/**
 * Two relays on one outbox, as two instances of a service run them: the events of one key reach
 * Kafka in the order they were written, also while one relay is slow in the middle of a batch.
 */
@QuarkusTest
class OutboxRelayOrderTest {

  private static final KafkaTestClient KAFKA = KafkaTestClient.shared();
  private static final int BATCH = 5;

  @Inject Pool pool;
  @Inject AgroalDataSource db;
  @Inject CrashPoints crashPoints;
  @Inject OutboxRelay applicationRelay;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @AfterEach
  void resumeApplicationRelay() {
    applicationRelay.resume();
  }

  @Test
  void aSecondInstanceDoesNotPublishLaterEventsOfAKeyWhileTheFirstHoldsEarlierOnes()
      throws Exception {
    String topic = "enkat.test.relay-order." + UUID.randomUUID().toString().substring(0, 8);
    createTopic(topic);
    String key = "round-x/0180";
    applicationRelay.pause();
    List<String> written = write(topic, key, 2 * BATCH);

    GatedProducer slow = new GatedProducer(bootstrap);
    OutboxRelay first = relay(slow);
    OutboxProducer plain = new OutboxProducer(bootstrap);
    OutboxRelay second = relay(plain);
    try {
      // The first instance takes the first batch and is stuck sending it (a slow broker, a GC).
      Future<Integer> firstRun = first.relayUntilEmpty().subscribeAsCompletionStage();
      assertThat(slow.entered.await(30, TimeUnit.SECONDS)).as("first relay is sending").isTrue();

      // The second instance polls meanwhile: it must not publish the later half first.
      int bySecond = second.relayUntilEmpty().await().atMost(Duration.ofSeconds(30));
      assertThat(bySecond)
          .as("events the second relay published while the first held a batch")
          .isZero();
      assertThat(second.standbyPolls()).isPositive();

      slow.release.countDown();
      assertThat(firstRun.get(30, TimeUnit.SECONDS)).isEqualTo(2 * BATCH);

      // Once the first one is done, the second takes over at its next poll.
      List<String> later = write(topic, key, 1);
      assertThat(second.relayUntilEmpty().await().atMost(Duration.ofSeconds(30))).isEqualTo(1);
      written.addAll(later);

      KAFKA.await(topic, r -> seen(r, later.get(0)), Duration.ofSeconds(30));
      List<String> published = firstOccurrences(KAFKA.readAll(topic));
      assertThat(published).as("event ids in the order Kafka holds them").isEqualTo(written);
    } finally {
      slow.release.countDown();
      slow.close();
      plain.close();
    }
  }

  private static boolean seen(TestRecord record, String id) {
    return id.equals(record.header("ce_id"));
  }

  private static List<String> firstOccurrences(List<TestRecord> records) {
    List<String> ids = new ArrayList<>();
    for (TestRecord record : records) {
      String id = record.header("ce_id");
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private OutboxRelay relay(OutboxProducer producer) {
    OutboxConfig config =
        new OutboxConfig() {
          @Override
          public boolean enabled() {
            return true;
          }

          @Override
          public int batchSize() {
            return BATCH;
          }

          @Override
          public String pollInterval() {
            return "0.1s";
          }

          @Override
          public int retentionDays() {
            return 7;
          }
        };
    MessageSpans noTracing =
        new MessageSpans(io.opentelemetry.api.OpenTelemetry.noop().getTracer("test"));
    return new OutboxRelay(pool, producer, config, crashPoints, noTracing, Duration.ofMillis(100));
  }

  /** Outbox rows for one key, one per transaction as the service writes them; their ids. */
  private List<String> write(String topic, String key, int count) throws SQLException {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = UUID.randomUUID().toString();
      try (Connection c = db.getConnection();
          PreparedStatement s =
              c.prepareStatement(
                  "insert into outbox_event (id, topic, event_key, event_type, source, subject,"
                      + " event_time, payload) values (?::uuid, ?, ?, 'test.ordered', '/test',"
                      + " null, now(), ?)")) {
        s.setString(1, id);
        s.setString(2, topic);
        s.setString(3, key);
        s.setString(4, "{\"n\":" + ids.size() + "}");
        s.executeUpdate();
      }
      ids.add(id);
    }
    return ids;
  }

  private void createTopic(String topic) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      admin
          .createTopics(List.of(new NewTopic(topic, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
  }

  /** A relay producer whose first send waits until the test lets it go. */
  static final class GatedProducer extends OutboxProducer {

    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    private final KafkaProducer<String, String> gated;

    GatedProducer(String bootstrap) {
      super(bootstrap);
      this.gated =
          new KafkaProducer<>(
              Map.of(
                  ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  bootstrap,
                  ProducerConfig.ACKS_CONFIG,
                  "all",
                  ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                  true),
              new StringSerializer(),
              new StringSerializer()) {
            @Override
            public java.util.concurrent.Future<RecordMetadata> send(
                ProducerRecord<String, String> record, Callback callback) {
              entered.countDown();
              try {
                release.await(60, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return super.send(record, callback);
            }
          };
    }

    @Override
    public KafkaProducer<String, String> get() {
      return gated;
    }

    @Override
    void close() {
      gated.close(Duration.ofSeconds(5));
      super.close();
    }
  }
}
