package se.enkat.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the verdicts ({@code enkat.validations.v1}) and the indicator's updates ({@code
 * enkat.indicators.v1}) of one round from the broker as they are written, with each record's
 * timestamp (the relay's send time): when each revision was judged, and when the indicator service
 * announced new values for an organisation.
 */
final class VerdictWatch implements AutoCloseable {

  /** A revision's verdict and when it reached Kafka (epoch milliseconds). */
  record Verdict(boolean accepted, long at) {}

  private static final String VALIDATIONS = "enkat.validations.v1";
  private static final String INDICATORS = "enkat.indicators.v1";

  private final String round;
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
  private final Map<String, List<Long>> updates = new ConcurrentHashMap<>();
  private final Thread reader;
  private volatile boolean stopped;

  VerdictWatch(String bootstrap, String round) {
    this.round = round;
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, "enkat-load-" + UUID.randomUUID());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    consumer = new KafkaConsumer<>(config);
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : List.of(VALIDATIONS, INDICATORS)) {
      consumer
          .partitionsFor(topic)
          .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
    }
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position); // fix "the end" now, before the first submission
    reader = new Thread(this::read, "load-verdicts");
    reader.setDaemon(true);
    reader.start();
  }

  /** The verdict of {@code organisation}'s revision, or null while it has none. */
  Verdict verdict(String organisation, int revision) {
    return verdicts.get(organisation + "#" + revision);
  }

  /** When the indicator service announced new values for the organisation, in order. */
  List<Long> updatesOf(String organisation) {
    List<Long> times = updates.getOrDefault(organisation, List.of());
    synchronized (times) {
      List<Long> copy = new ArrayList<>(times);
      Collections.sort(copy);
      return copy;
    }
  }

  private void read() {
    while (!stopped) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
        String type = header(record, "ce_type");
        JsonNode data = parse(record.value());
        if (data == null || !round.equals(data.path("round").asText())) {
          continue;
        }
        if ("submission.accepted".equals(type) || "submission.rejected".equals(type)) {
          verdicts.put(
              data.path("organisation").asText() + "#" + data.path("revision").asInt(),
              new Verdict("submission.accepted".equals(type), record.timestamp()));
        } else if ("indicator.values.updated".equals(type)) {
          for (JsonNode organisation : data.path("organisations")) {
            List<Long> times =
                updates.computeIfAbsent(
                    organisation.path("organisation").asText(),
                    k -> Collections.synchronizedList(new ArrayList<>()));
            times.add(record.timestamp());
          }
        }
      }
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header header = record.headers().lastHeader(name);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  private static JsonNode parse(byte[] value) {
    try {
      return value == null ? null : Api.JSON.readTree(value);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  @Override
  public void close() {
    stopped = true;
    try {
      reader.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    consumer.close();
  }
}
