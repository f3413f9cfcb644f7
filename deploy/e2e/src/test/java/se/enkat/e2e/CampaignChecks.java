package se.enkat.e2e;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import se.enkat.demo.Api;
import se.enkat.servers.PlatformTopics;
import se.enkat.servers.PostgresProvisioner;
import se.enkat.servers.Readiness;
import se.enkat.servers.TopicSpec;
import se.enkat.stack.ServiceSpec;
import se.enkat.stack.StackConfig;
import se.enkat.stack.StackPort;

/**
 * What an operator would look at after the faults, read where it lives: the revisions in
 * collection's database, every service's outbox, the dead-letter topics, every service's readiness.
 */
final class CampaignChecks {

  /** A stored revision of a submission. */
  record Revision(String key, JsonNode answers, JsonNode comments, String status) {}

  private static final List<String> DATABASES =
      List.of("collection", "validation", "indicator", "publication");

  private final StackConfig stack;
  private final String round;

  CampaignChecks(StackConfig stack, String round) {
    this.stack = stack;
    this.round = round;
  }

  /** The round's revisions by {@code organisation#revision}. */
  Map<String, Revision> revisions() {
    Map<String, Revision> revisions = new LinkedHashMap<>();
    String sql =
        "select organisation_code, revision, idempotency_key, answers, comments, status"
            + " from submission_revision where round_id = ?";
    try (Connection db = connect("collection");
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, round);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          revisions.put(
              rows.getString(1) + "#" + rows.getInt(2),
              new Revision(
                  rows.getString(3),
                  Api.JSON.readTree(rows.getString(4)),
                  Api.JSON.readTree(rows.getString(5)),
                  rows.getString(6)));
        }
      }
      return revisions;
    } catch (SQLException | JsonProcessingException e) {
      throw new IllegalStateException("could not read the revisions of " + round, e);
    }
  }

  /** Revisions of the round no verdict has reached yet. */
  long stillReceived() {
    return count(
        "collection",
        "select count(*) from submission_revision where round_id = '"
            + round.replace("'", "''")
            + "' and status = 'RECEIVED'");
  }

  /** Outbox rows not yet relayed to Kafka, per service database. */
  Map<String, Long> unsentOutboxRows() {
    Map<String, Long> unsent = new LinkedHashMap<>();
    for (String database : DATABASES) {
      unsent.put(
          database, count(database, "select count(*) from outbox_event where sent_at is null"));
    }
    return unsent;
  }

  /** The consumer groups whose effects the campaign checks, and the topics each reads. */
  private static final Map<String, List<String>> GROUPS =
      Map.of(
          "validation", List.of("enkat.rounds.v1", "enkat.submissions.v1"),
          "indicator", List.of("enkat.rounds.v1", "enkat.validations.v1"),
          "publication", List.of("enkat.rounds.v1", "enkat.validations.v1", "enkat.indicators.v1"),
          "collection", List.of("enkat.validations.v1"));

  /**
   * True when nothing is RECEIVED, every outbox is empty, and every consumer group has committed
   * every record of its topics (an empty outbox only says the events reached Kafka, not that the
   * indicator has applied them); false also when a database or the broker is down.
   */
  boolean drained() {
    try {
      return stillReceived() == 0
          && unsentOutboxRows().values().stream().allMatch(count -> count == 0)
          && consumerLag() == 0;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Records not yet committed by the groups in {@link #GROUPS}, summed. */
  long consumerLag() {
    Properties settings = new Properties();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    settings.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    long lag = 0;
    try (org.apache.kafka.clients.admin.Admin admin =
            org.apache.kafka.clients.admin.Admin.create(settings);
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
      for (Map.Entry<String, List<String>> group : GROUPS.entrySet()) {
        Map<TopicPartition, org.apache.kafka.clients.consumer.OffsetAndMetadata> committed =
            admin
                .listConsumerGroupOffsets(group.getKey())
                .partitionsToOffsetAndMetadata()
                .get(10, java.util.concurrent.TimeUnit.SECONDS);
        List<TopicPartition> partitions = new ArrayList<>();
        for (TopicSpec topic : PlatformTopics.ALL) {
          if (group.getValue().contains(topic.name())) {
            for (int p = 0; p < topic.partitions(); p++) {
              partitions.add(new TopicPartition(topic.name(), p));
            }
          }
        }
        for (Map.Entry<TopicPartition, Long> end : consumer.endOffsets(partitions).entrySet()) {
          var offset = committed.get(end.getKey());
          lag += end.getValue() - (offset == null ? 0 : offset.offset());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("consumer lag unknown: " + e.getMessage(), e);
    }
    return lag;
  }

  /**
   * Records in every {@code .dlq} topic: all of them, and this round's (key = round or round/…).
   */
  Map<String, long[]> deadLetters() {
    Map<String, long[]> counts = new LinkedHashMap<>();
    Properties settings = new Properties();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap());
    settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    settings.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
      for (TopicSpec topic : PlatformTopics.ALL) {
        if (!topic.name().endsWith(".dlq")) {
          continue;
        }
        List<TopicPartition> partitions = new ArrayList<>();
        for (int p = 0; p < topic.partitions(); p++) {
          partitions.add(new TopicPartition(topic.name(), p));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long all = 0;
        long ours = 0;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))
            && System.nanoTime() < deadline) {
          for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
            all++;
            String key = String.valueOf(record.key());
            if (key.equals(round) || key.startsWith(round + "/")) {
              ours++;
            }
          }
        }
        counts.put(topic.name(), new long[] {all, ours});
      }
    }
    return counts;
  }

  /** The services (every instance of each) whose {@code /q/health/ready} does not answer 200. */
  List<String> notReady() {
    return stack.services().stream()
        .filter(service -> !Readiness.httpOk(stack.serviceUrl(service) + "/q/health/ready"))
        .map(ServiceSpec::name)
        .toList();
  }

  private long count(String database, String sql) {
    try (Connection db = connect(database);
        PreparedStatement query = db.prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(database + ": " + e.getMessage(), e);
    }
  }

  private Connection connect(String database) throws SQLException {
    Properties login = new Properties();
    login.setProperty("user", database);
    login.setProperty("password", database);
    login.setProperty("connectTimeout", "5");
    return DriverManager.getConnection(
        PostgresProvisioner.jdbcUrl("localhost", stack.port(StackPort.POSTGRES), database), login);
  }
}
