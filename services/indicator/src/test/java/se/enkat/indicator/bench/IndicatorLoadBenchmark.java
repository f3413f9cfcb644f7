package se.enkat.indicator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import se.enkat.common.events.CloudEventHeaders;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.Topics;
import se.enkat.indicator.Answers2025;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.TestStack;

/**
 * Load driver for docs/benchmarks/indicator.md: publishes submission.accepted events for the 2025
 * questionnaire straight to enkat.validations.v1 and measures (1) sustained throughput, (2)
 * freshness, event time to the indicator.values.updated record, at a fixed rate. Only runs with
 * {@code -Denkat.bench=true}.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "enkat.bench", matches = "true")
class IndicatorLoadBenchmark {

  private static final Logger LOG = Logger.getLogger(IndicatorLoadBenchmark.class);
  private static final Questionnaire Q2025 = Questionnaires.patientsakerhet2025();

  @Inject ObjectMapper json;

  @Test
  void throughputAndFreshness() throws Exception {
    int throughputEvents = Integer.getInteger("enkat.bench.events", 20000);
    int organisations = Math.max(1, throughputEvents / 2);
    int rate = Integer.getInteger("enkat.bench.rate", 200);
    int freshnessSeconds = Integer.getInteger("enkat.bench.seconds", 15);
    int warmups = Integer.getInteger("enkat.bench.warmups", 4);
    int measured = Math.max(1, Integer.getInteger("enkat.bench.rounds", 3));
    try (KafkaProducer<String, String> producer = producer();
        KafkaConsumer<String, String> updates = updatesConsumer()) {
      Random random = new Random(1);
      // Warm-up rounds of the same size: a fresh JVM spends most of its CPU in the JIT compilers
      // during the first tens of thousands of events; they are reported, not counted.
      for (int w = 1; w <= warmups; w++) {
        double seconds = throughput(producer, updates, throughputEvents, organisations, random);
        LOG.infof(
            "BENCH warm-up %d of %d: %d accepted answer sets in %.1f s = %.0f/s",
            w, warmups, throughputEvents, seconds, throughputEvents / seconds);
      }
      // Measured rounds: each reported, and their median, which is the figure of record.
      List<Double> rates = new ArrayList<>();
      for (int m = 1; m <= measured; m++) {
        double seconds = throughput(producer, updates, throughputEvents, organisations, random);
        rates.add(throughputEvents / seconds);
        LOG.infof(
            "BENCH throughput round %d of %d: %d accepted answer sets (%d organisations) in %.1f s"
                + " = %.0f/s",
            m, measured, throughputEvents, organisations, seconds, throughputEvents / seconds);
      }
      rates.sort(Double::compare);
      LOG.infof(
          "BENCH throughput: median %.0f/s of %d rounds (min %.0f/s, max %.0f/s) after %d warm-up"
              + " rounds",
          rates.get(rates.size() / 2),
          measured,
          rates.get(0),
          rates.get(rates.size() - 1),
          warmups);

      // (2) freshness at a fixed rate: each organisation once, its event time remembered.
      String round2 = "bench-" + UUID.randomUUID().toString().substring(0, 8);
      openRound(producer, round2, rate * freshnessSeconds);
      awaitEvent(updates, round2, EventTypes.INDICATOR_DEFINED, Duration.ofMinutes(1));
      drain(updates);
      Map<String, Long> sentAt = new HashMap<>();
      long periodNanos = 1_000_000_000L / rate;
      long next = System.nanoTime();
      for (int i = 0; i < rate * freshnessSeconds; i++) {
        while (System.nanoTime() < next) {
          Thread.onSpinWait();
        }
        String org = "m" + i;
        sentAt.put(org, System.currentTimeMillis());
        producer.send(accepted(round2, org, 1, random));
        next += periodNanos;
      }
      producer.flush();
      Map<String, Long> seen = new HashMap<>();
      collect(updates, round2, seen, sentAt.size(), Duration.ofMinutes(2));
      List<Long> latencies = new ArrayList<>();
      sentAt.forEach((org, t) -> latencies.add(seen.getOrDefault(org, Long.MAX_VALUE) - t));
      latencies.sort(Long::compare);
      LOG.infof(
          "BENCH freshness at %d/s for %d s: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms, missing %d",
          rate,
          freshnessSeconds,
          percentile(latencies, 50),
          percentile(latencies, 95),
          percentile(latencies, 99),
          latencies.get(latencies.size() - 1),
          latencies.stream().filter(l -> l > 1_000_000_000L).count());
    }
  }

  /**
   * Sustained throughput: a round of {@code organisations}; revision 1 of every organisation, then
   * revision 2, …, made before the clock starts, then produced as fast as the producer goes, then
   * round.closed. Returns the seconds from the first send to the broker time of round.values.final,
   * which is written in the transaction that applies the last verdict.
   */
  private double throughput(
      KafkaProducer<String, String> producer,
      KafkaConsumer<String, String> updates,
      int count,
      int organisations,
      Random random)
      throws Exception {
    String round = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    openRound(producer, round, organisations);
    // The service applied round.opened when it announces the round's definitions.
    awaitEvent(updates, round, EventTypes.INDICATOR_DEFINED, Duration.ofMinutes(1));
    List<ProducerRecord<String, String>> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(accepted(round, "m" + (i % organisations), 1 + i / organisations, random));
    }
    long startMillis = System.currentTimeMillis();
    for (ProducerRecord<String, String> event : events) {
      producer.send(event);
    }
    producer.flush();
    closeRound(producer, round, count);
    long finalAt =
        awaitEvent(updates, round, EventTypes.ROUND_VALUES_FINAL, Duration.ofMinutes(10));
    return (finalAt - startMillis) / 1e3;
  }

  private void openRound(KafkaProducer<String, String> producer, String round, int size)
      throws Exception {
    List<RoundOpened.InvitedOrganisation> population = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String county = String.format("%02d", 1 + i % 25);
      population.add(new RoundOpened.InvitedOrganisation("m" + i, "K", "MUNICIPALITY", county));
    }
    JsonNode questionnaire =
        new ObjectMapper()
            .readTree(
                Questionnaires.class
                    .getClassLoader()
                    .getResourceAsStream(Questionnaires.PATIENTSAKERHET_2025));
    RoundOpened data =
        new RoundOpened(
            1,
            round,
            null,
            new RoundOpened.QuestionnaireRef("patientsakerhet", 2025),
            questionnaire,
            population,
            null,
            null);
    producer
        .send(record(Topics.ROUNDS, EventKeys.round(round), EventTypes.ROUND_OPENED, round, data))
        .get();
  }

  private ProducerRecord<String, String> accepted(
      String round, String org, int revision, Random random) throws Exception {
    String county = String.format("%02d", 1 + Integer.parseInt(org.substring(1)) % 25);
    SubmissionAccepted data =
        new SubmissionAccepted(
            1,
            round,
            org,
            "MUNICIPALITY",
            county,
            revision,
            new RoundOpened.QuestionnaireRef("patientsakerhet", 2025),
            json.valueToTree(Answers2025.random(Q2025, OrganisationType.MUNICIPALITY, random)),
            json.createObjectNode(),
            now(),
            now());
    return record(
        Topics.VALIDATIONS,
        EventKeys.submission(round, org),
        EventTypes.SUBMISSION_ACCEPTED,
        round + "/" + org + "/" + revision,
        data);
  }

  private ProducerRecord<String, String> record(
      String topic, String key, String type, String subject, Object data) throws Exception {
    ProducerRecord<String, String> record =
        new ProducerRecord<>(topic, key, json.writeValueAsString(data));
    EventHeaders.of(type)
        .source("/enkat/bench")
        .subject(subject)
        .toMap()
        .forEach((name, value) -> header(record, name, value));
    return record;
  }

  private void closeRound(KafkaProducer<String, String> producer, String round, long verdicts)
      throws Exception {
    RoundClosed data = new RoundClosed(1, round, now(), verdicts);
    producer
        .send(record(Topics.ROUNDS, EventKeys.round(round), EventTypes.ROUND_CLOSED, round, data))
        .get();
  }

  /**
   * The broker time of the next event of {@code type} about {@code round}; for round.values.final,
   * every verdict was applied by then.
   */
  private long awaitEvent(
      KafkaConsumer<String, String> updates, String round, String type, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      for (ConsumerRecord<String, String> r : updates.poll(Duration.ofMillis(200))) {
        var header = r.headers().lastHeader(CloudEventHeaders.TYPE);
        if (round.equals(r.key())
            && header != null
            && type.equals(new String(header.value(), StandardCharsets.UTF_8))) {
          return r.timestamp();
        }
      }
    }
    throw new AssertionError(type + " of " + round + " not seen within " + timeout);
  }

  private void collect(
      KafkaConsumer<String, String> updates,
      String round,
      Map<String, Long> seen,
      int expected,
      Duration timeout)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline && seen.size() < expected) {
      poll(updates, round, seen);
    }
  }

  /** Records, per organisation, when its latest organisation-level update was published. */
  private void poll(KafkaConsumer<String, String> updates, String round, Map<String, Long> seen)
      throws Exception {
    for (ConsumerRecord<String, String> r : updates.poll(Duration.ofMillis(200))) {
      if (!round.equals(r.key())) {
        continue;
      }
      var type = r.headers().lastHeader(CloudEventHeaders.TYPE);
      if (type == null
          || !EventTypes.INDICATOR_VALUES_UPDATED.equals(
              new String(type.value(), StandardCharsets.UTF_8))) {
        continue;
      }
      JsonNode data = json.readTree(r.value());
      for (JsonNode organisation : data.path("organisations")) {
        seen.put(organisation.path("organisation").asText(), r.timestamp());
      }
      for (JsonNode cell : data.path("cells")) {
        if ("organisation".equals(cell.path("level").asText())) {
          seen.put(cell.path("organisation").asText(), r.timestamp());
        }
      }
    }
  }

  private void drain(KafkaConsumer<String, String> updates) {
    while (!updates.poll(Duration.ofMillis(500)).isEmpty()) {
      // skip what is already there
    }
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }

  private static void header(ProducerRecord<String, String> record, String name, String value) {
    record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }

  private static KafkaProducer<String, String> producer() {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafkaBootstrap());
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    return new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer());
  }

  private static KafkaConsumer<String, String> updatesConsumer() {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestStack.get().kafkaBootstrap());
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer());
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.INDICATORS).stream()
            .map(p -> new TopicPartition(Topics.INDICATORS, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToEnd(partitions);
    partitions.forEach(consumer::position);
    return consumer;
  }
}
