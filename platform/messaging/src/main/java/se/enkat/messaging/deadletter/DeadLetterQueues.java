package se.enkat.messaging.deadletter;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.enkat.common.events.CloudEventHeaders;
import se.enkat.common.events.Topics;
import se.enkat.messaging.DeadLetters;

/**
 * The operator's view of the dead-letter topics: what waits there (each letter with its event,
 * reason and origin) and replay after the cause is fixed. A letter is "waiting" until it has been
 * replayed: the consumer group {@value #REPLAYED_GROUP} remembers, per dead-letter partition, how
 * far letters were replayed (Kafka topics cannot be emptied one record at a time). Replay sends
 * each letter back to the topic it came from, with its key, data and CloudEvents headers: the
 * consumer applies it once (its event id was never recorded as processed), a redelivery changes
 * nothing.
 */
@ApplicationScoped
public class DeadLetterQueues {

  /** The consumer group whose committed offsets mark how far each dead-letter topic is replayed. */
  public static final String REPLAYED_GROUP = "enkat-dead-letters-replayed";

  /** A header on a replayed event: the dead letter it came from, topic-partition@offset. */
  public static final String REPLAYED_FROM = "enkat-replayed-from";

  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static final int MAX_LISTED = 1000;

  /** One waiting dead letter. */
  public record Letter(
      int partition,
      long offset,
      Instant time,
      String key,
      String eventId,
      String eventType,
      String reason,
      String fromTopic,
      String fromPartition,
      String fromOffset,
      int bytes) {}

  /** How many letters wait in one dead-letter topic. */
  public record Summary(String topic, String deadLetterTopic, long waiting) {}

  private final String bootstrap;

  DeadLetterQueues(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
    this.bootstrap = bootstrap;
  }

  /** The main topic whose dead letters {@code name} names (the topic, or its {@code .dlq}). */
  public static Optional<String> topicNamed(String name) {
    String main = name.endsWith(".dlq") ? name.substring(0, name.length() - 4) : name;
    return Topics.ALL.contains(main) ? Optional.of(main) : Optional.empty();
  }

  /** Waiting letters per topic, for every topic of the platform. Blocking. */
  public List<Summary> summaries() {
    try (KafkaConsumer<String, String> consumer = consumer()) {
      List<Summary> summaries = new ArrayList<>();
      for (String topic : Topics.ALL) {
        String dlq = Topics.deadLetter(topic);
        Map<TopicPartition, Long> from = replayedUpTo(consumer, dlq);
        Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet(), TIMEOUT);
        long waiting = 0;
        for (var partition : from.entrySet()) {
          waiting += Math.max(0, end.getOrDefault(partition.getKey(), 0L) - partition.getValue());
        }
        summaries.add(new Summary(topic, dlq, waiting));
      }
      return summaries;
    }
  }

  /** The letters waiting in the topic's dead-letter topic, oldest first (at most 1,000). */
  public List<Letter> waiting(String topic) {
    try (KafkaConsumer<String, String> consumer = consumer()) {
      List<Letter> letters = new ArrayList<>();
      for (ConsumerRecord<String, String> record : read(consumer, Topics.deadLetter(topic))) {
        if (letters.size() == MAX_LISTED) {
          break;
        }
        letters.add(letter(record));
      }
      return letters;
    }
  }

  /**
   * Sends every waiting letter back to its topic and marks it replayed; returns how many. A letter
   * is marked only after Kafka acknowledged its copy, so a failure half-way replays the rest (and
   * at worst a few again, which consumers ignore) on the next call.
   */
  public synchronized int replay(String topic) {
    String dlq = Topics.deadLetter(topic);
    try (KafkaConsumer<String, String> consumer = consumer();
        KafkaProducer<String, String> producer = producer()) {
      List<ConsumerRecord<String, String>> letters = read(consumer, dlq);
      List<Future<?>> sent = new ArrayList<>();
      Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
      for (ConsumerRecord<String, String> letter : letters) {
        sent.add(producer.send(copy(topic, letter)));
        done.put(
            new TopicPartition(dlq, letter.partition()),
            new OffsetAndMetadata(letter.offset() + 1));
      }
      producer.flush();
      for (Future<?> future : sent) {
        future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
      if (!done.isEmpty()) {
        consumer.commitSync(done, TIMEOUT);
      }
      return letters.size();
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(
          "replaying the dead letters of " + topic + " failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while replaying " + topic, e);
    }
  }

  private List<ConsumerRecord<String, String>> read(
      KafkaConsumer<String, String> consumer, String dlq) {
    Map<TopicPartition, Long> from = replayedUpTo(consumer, dlq);
    Map<TopicPartition, Long> end = consumer.endOffsets(from.keySet(), TIMEOUT);
    List<ConsumerRecord<String, String>> records = new ArrayList<>();
    List<TopicPartition> unread = new ArrayList<>();
    consumer.assign(from.keySet());
    for (var partition : from.entrySet()) {
      if (partition.getValue() < end.getOrDefault(partition.getKey(), 0L)) {
        consumer.seek(partition.getKey(), partition.getValue());
        unread.add(partition.getKey());
      } else {
        consumer.pause(List.of(partition.getKey()));
      }
    }
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!unread.isEmpty() && System.nanoTime() < deadline) {
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        if (record.offset() < end.get(partition)) {
          records.add(record);
        }
      }
      unread.removeIf(p -> consumer.position(p, TIMEOUT) >= end.get(p));
    }
    return records;
  }

  /** Per partition of the dead-letter topic, the first offset not yet replayed. */
  private Map<TopicPartition, Long> replayedUpTo(
      KafkaConsumer<String, String> consumer, String dlq) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (PartitionInfo info : consumer.partitionsFor(dlq, TIMEOUT)) {
      partitions.add(new TopicPartition(dlq, info.partition()));
    }
    Map<TopicPartition, OffsetAndMetadata> committed =
        consumer.committed(new java.util.HashSet<>(partitions), TIMEOUT);
    Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions, TIMEOUT);
    Map<TopicPartition, Long> from = new HashMap<>();
    for (TopicPartition partition : partitions) {
      OffsetAndMetadata mark = committed.get(partition);
      long first = beginning.getOrDefault(partition, 0L);
      from.put(partition, mark == null ? first : Math.max(first, mark.offset()));
    }
    return from;
  }

  private static ProducerRecord<String, String> copy(
      String topic, ConsumerRecord<String, String> letter) {
    ProducerRecord<String, String> copy =
        new ProducerRecord<>(topic, null, letter.key(), letter.value());
    for (Header header : letter.headers()) {
      if (!header.key().startsWith("dead-letter-") && !header.key().equals(REPLAYED_FROM)) {
        copy.headers().add(header);
      }
    }
    copy.headers()
        .add(
            REPLAYED_FROM,
            (letter.topic() + "-" + letter.partition() + "@" + letter.offset())
                .getBytes(StandardCharsets.UTF_8));
    return copy;
  }

  private static Letter letter(ConsumerRecord<String, String> record) {
    return new Letter(
        record.partition(),
        record.offset(),
        Instant.ofEpochMilli(record.timestamp()),
        record.key(),
        header(record, CloudEventHeaders.ID),
        header(record, CloudEventHeaders.TYPE),
        header(record, DeadLetters.REASON),
        header(record, DeadLetters.TOPIC),
        header(record, DeadLetters.PARTITION),
        header(record, DeadLetters.OFFSET),
        record.value() == null ? 0 : record.value().getBytes(StandardCharsets.UTF_8).length);
  }

  private static String header(ConsumerRecord<String, String> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private KafkaConsumer<String, String> consumer() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ConsumerConfig.GROUP_ID_CONFIG, REPLAYED_GROUP);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "enkat-dead-letters");
    return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
  }

  private KafkaProducer<String, String> producer() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) TIMEOUT.toMillis());
    props.put(ProducerConfig.CLIENT_ID_CONFIG, "enkat-dead-letter-replay");
    return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }
}
