package se.enkat.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The Prometheus gauge {@code enkat_consumer_lag{group,topic}}: records on each topic this service
 * consumes that its consumer group has not committed yet (end offset minus committed offset, summed
 * over the partitions), read every 15 s with Kafka's admin client. The channels come from the
 * service's {@code mp.messaging.incoming.<channel>.topic} and {@code .group.id} settings.
 */
@Startup
@ApplicationScoped
public class ConsumerLag {

  private static final Logger LOG = Logger.getLogger(ConsumerLag.class);
  private static final Pattern TOPIC =
      Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
  private static final long TIMEOUT_SECONDS = 10;

  /** One consumer group on one topic. */
  public record Subscription(String group, String topic) {}

  private final Map<Subscription, AtomicLong> lags = new LinkedHashMap<>();
  private final String bootstrapServers;
  private Admin admin;

  ConsumerLag(Config config, MeterRegistry meters) {
    this.bootstrapServers =
        config.getOptionalValue("kafka.bootstrap.servers", String.class).orElse("");
    for (Subscription subscription : subscriptions(config)) {
      AtomicLong lag = new AtomicLong();
      lags.put(subscription, lag);
      Gauge.builder("enkat.consumer.lag", lag, AtomicLong::get)
          .description("Records on the topic not yet committed by the consumer group")
          .tag("group", subscription.group())
          .tag("topic", subscription.topic())
          .register(meters);
    }
  }

  static List<Subscription> subscriptions(Config config) {
    List<Subscription> subscriptions = new ArrayList<>();
    for (String name : config.getPropertyNames()) {
      Matcher channel = TOPIC.matcher(name);
      if (channel.matches()) {
        String prefix = "mp.messaging.incoming." + channel.group(1);
        config
            .getOptionalValue(prefix + ".group.id", String.class)
            .ifPresent(
                group ->
                    subscriptions.add(
                        new Subscription(group, config.getValue(name, String.class))));
      }
    }
    return subscriptions.stream().distinct().toList();
  }

  @Scheduled(
      every = "${enkat.metrics.consumer-lag-every:15s}",
      delayed = "5s",
      identity = "consumer-lag",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void read() {
    try {
      for (Map.Entry<Subscription, AtomicLong> entry : lags.entrySet()) {
        entry.getValue().set(lag(admin(), entry.getKey()));
      }
    } catch (RuntimeException e) {
      LOG.debugf("Consumer lag not read this time: %s", e.getMessage());
    }
  }

  /** The records on the subscription's topic its group has not committed yet. */
  public static long lag(Admin admin, Subscription subscription) {
    try {
      TopicDescription topic =
          admin
              .describeTopics(List.of(subscription.topic()))
              .allTopicNames()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
              .get(subscription.topic());
      Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
      Map<TopicPartition, OffsetSpec> earliest = new LinkedHashMap<>();
      topic
          .partitions()
          .forEach(
              p -> {
                TopicPartition partition = new TopicPartition(subscription.topic(), p.partition());
                latest.put(partition, OffsetSpec.latest());
                earliest.put(partition, OffsetSpec.earliest());
              });
      Map<TopicPartition, ListOffsetsResultInfo> ends =
          admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      Map<TopicPartition, ListOffsetsResultInfo> starts =
          admin.listOffsets(earliest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(subscription.group())
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      long lag = 0;
      for (Map.Entry<TopicPartition, ListOffsetsResultInfo> end : ends.entrySet()) {
        OffsetAndMetadata offset = committed.get(end.getKey());
        // nothing committed yet: everything still on the partition is to be read
        long from = offset == null ? starts.get(end.getKey()).offset() : offset.offset();
        lag += Math.max(0, end.getValue().offset() - from);
      }
      return lag;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the consumer lag", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("consumer lag unknown: " + e.getMessage(), e);
    }
  }

  private synchronized Admin admin() {
    if (admin == null) {
      Properties settings = new Properties();
      settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
      settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "enkat-consumer-lag");
      settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
      admin = Admin.create(settings);
    }
    return admin;
  }

  @PreDestroy
  synchronized void close() {
    if (admin != null) {
      admin.close(java.time.Duration.ofSeconds(2));
    }
  }
}
