package se.enkat.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads whole topics and writes raw records, for tests that check what services publish. */
public final class KafkaTestClient implements AutoCloseable {

  private final String bootstrapServers;
  private KafkaProducer<String, String> producer;

  public KafkaTestClient(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** A client for the test JVM's broker (see {@link TestStack}). */
  public static KafkaTestClient forTestStack() {
    return new KafkaTestClient(TestStack.get().kafkaBootstrap());
  }

  private static KafkaTestClient shared;

  /**
   * The test JVM's one client for its broker, closed when the JVM exits: test classes share it
   * instead of each opening and closing a client of their own.
   */
  public static synchronized KafkaTestClient shared() {
    if (shared == null) {
      KafkaTestClient client = forTestStack();
      Runtime.getRuntime()
          .addShutdownHook(new Thread(client::close, "enkat-test-kafka-client-close"));
      shared = client;
    }
    return shared;
  }

  /** Every record in the topic right now, all partitions, in partition then offset order. */
  public List<TestRecord> readAll(String topic) {
    try (KafkaConsumer<String, String> consumer = consumer()) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
              .map(info -> new TopicPartition(topic, info.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
      List<TestRecord> records = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (!reached(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("could not read " + topic + " to its end in 30 s");
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          records.add(toTestRecord(record));
        }
      }
      records.sort(
          java.util.Comparator.comparingInt(TestRecord::partition)
              .thenComparingLong(TestRecord::offset));
      return records;
    }
  }

  /** Waits until some record in the topic matches, and returns the matching ones. */
  public List<TestRecord> await(String topic, Predicate<TestRecord> match, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<TestRecord> found = readAll(topic).stream().filter(match).toList();
      if (!found.isEmpty()) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no matching record on " + topic + " within " + timeout);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** Writes one record as is (no envelope), and waits for the broker to acknowledge it. */
  public RecordMetadata produce(
      String topic, String key, String value, Map<String, String> headers) {
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
    headers.forEach((name, text) -> record.headers().add(name, bytes(text)));
    try {
      return producer().send(record).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("could not produce to " + topic, e);
    }
  }

  @Override
  public synchronized void close() {
    if (producer != null) {
      producer.close(Duration.ofSeconds(5));
      producer = null;
    }
  }

  private synchronized KafkaProducer<String, String> producer() {
    if (producer == null) {
      Map<String, Object> settings = new HashMap<>();
      settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      settings.put(ProducerConfig.ACKS_CONFIG, "all");
      producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
    }
    return producer;
  }

  private KafkaConsumer<String, String> consumer() {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    // read_committed: a test sees what a real consumer of the platform would see
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    return new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
  }

  private static boolean reached(
      KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
    for (var entry : end.entrySet()) {
      if (consumer.position(entry.getKey()) < entry.getValue()) {
        return false;
      }
    }
    return true;
  }

  private static TestRecord toTestRecord(ConsumerRecord<String, String> record) {
    Map<String, String> headers = new HashMap<>();
    for (Header header : record.headers()) {
      headers.put(
          header.key(),
          header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
    }
    return new TestRecord(
        record.topic(), record.partition(), record.offset(), record.key(), record.value(), headers);
  }

  private static byte[] bytes(String text) {
    return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
  }
}
