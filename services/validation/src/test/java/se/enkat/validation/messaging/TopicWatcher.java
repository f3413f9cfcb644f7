package se.enkat.validation.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import se.enkat.testing.TestRecord;

/**
 * Follows a topic from its end at creation, collecting every new record with the time it was seen:
 * for tests that wait for a service's output and measure how long it took.
 */
final class TopicWatcher implements AutoCloseable {

  /** A record and the moment (System.nanoTime) this watcher polled it. */
  record Seen(TestRecord record, long seenAtNanos) {}

  private final KafkaConsumer<String, String> consumer;
  private final List<Seen> seen = new CopyOnWriteArrayList<>();
  private final Thread poller;
  private volatile boolean running = true;

  TopicWatcher(String bootstrap, String topic) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    poller = new Thread(this::poll, "watch-" + topic);
    poller.setDaemon(true);
    poller.start();
  }

  private void poll() {
    while (running) {
      for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(20))) {
        seen.add(new Seen(toTestRecord(r), System.nanoTime()));
      }
    }
    consumer.close();
  }

  List<TestRecord> records(Predicate<TestRecord> match) {
    List<TestRecord> records = new ArrayList<>();
    seen.stream().map(Seen::record).filter(match).forEach(records::add);
    return records;
  }

  /** Waits until at least {@code count} matching records arrived; returns them all. */
  List<Seen> await(Predicate<TestRecord> match, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Seen> found = seen.stream().filter(s -> match.test(s.record())).toList();
      if (found.size() >= count) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "expected " + count + " matching records within " + timeout + ", saw " + found.size());
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    poller.join(5_000);
  }

  private static TestRecord toTestRecord(ConsumerRecord<String, String> r) {
    Map<String, String> headers = new HashMap<>();
    for (Header h : r.headers()) {
      headers.put(
          h.key(), h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8));
    }
    return new TestRecord(r.topic(), r.partition(), r.offset(), r.key(), r.value(), headers);
  }
}
