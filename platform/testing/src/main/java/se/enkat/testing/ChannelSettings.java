package se.enkat.testing;

import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.providers.impl.ConnectorConfig;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What an incoming Kafka channel of the running {@code @QuarkusTest} application is configured
 * with, resolved the way SmallRye resolves it (the channel's own setting, else the connector-level
 * one), for tests that prove the shared channel defaults of platform/messaging reach every channel.
 */
public final class ChannelSettings {

  private ChannelSettings() {}

  /** The settings every channel shares: String keys and values, commit after the effect, DLQ. */
  public static Map<String, String> expected(String topic, String group) {
    Map<String, String> settings = new TreeMap<>();
    settings.put("connector", "smallrye-kafka");
    settings.put("topic", topic);
    settings.put("group.id", group);
    settings.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
    settings.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
    settings.put("enable.auto.commit", "false");
    settings.put("auto.offset.reset", "earliest");
    settings.put("commit-strategy", "throttled");
    settings.put("throttled.unprocessed-record-max-age.ms", "0");
    settings.put("failure-strategy", "dead-letter-queue");
    settings.put("dead-letter-queue.topic", topic + ".dlq");
    settings.put(
        "dead-letter-queue.key.serializer",
        "org.apache.kafka.common.serialization.StringSerializer");
    settings.put(
        "dead-letter-queue.value.serializer",
        "org.apache.kafka.common.serialization.StringSerializer");
    settings.put("max.request.size", "4194304");
    settings.put("batch", "false");
    return settings;
  }

  /**
   * The settings of a channel read in batches: the shared ones, but batch=true, and no dead-letter
   * queue of the channel's own (failure-strategy=fail): the consumer kit's batch handler
   * dead-letters poison records itself (DeadLetters), and a batch that fails stops the channel.
   */
  public static Map<String, String> expectedBatch(String topic, String group) {
    Map<String, String> settings = expected(topic, group);
    settings.put("batch", "true");
    settings.put("failure-strategy", "fail");
    settings.put("dead-letter-queue.topic", "(none)");
    return settings;
  }

  /** The channel's settings as the running application resolves them. */
  public static Map<String, String> of(String channel) {
    Config config = ConfigProvider.getConfig();
    ConnectorConfig channelConfig =
        new ConnectorConfig("mp.messaging.incoming.", config, channel) {};
    KafkaConnectorIncomingConfiguration kafka =
        new KafkaConnectorIncomingConfiguration(channelConfig);
    Map<String, String> settings = new TreeMap<>();
    settings.put(
        "connector",
        config
            .getOptionalValue("mp.messaging.incoming." + channel + ".connector", String.class)
            .orElse("(none)"));
    settings.put("topic", kafka.getTopic().orElse("(none)"));
    settings.put("group.id", kafka.getGroupId().orElse("(none)"));
    settings.put("key.deserializer", kafka.getKeyDeserializer());
    settings.put("value.deserializer", kafka.getValueDeserializer());
    settings.put("enable.auto.commit", String.valueOf(kafka.getEnableAutoCommit()));
    settings.put("auto.offset.reset", kafka.getAutoOffsetReset());
    settings.put("commit-strategy", kafka.getCommitStrategy().orElse("(none)"));
    settings.put(
        "throttled.unprocessed-record-max-age.ms",
        String.valueOf(kafka.getThrottledUnprocessedRecordMaxAgeMs()));
    settings.put("failure-strategy", kafka.getFailureStrategy());
    settings.put("dead-letter-queue.topic", kafka.getDeadLetterQueueTopic().orElse("(none)"));
    // unset, SmallRye writes dead letters with the serializer mirroring the deserializer
    settings.put(
        "dead-letter-queue.key.serializer",
        kafka.getDeadLetterQueueKeySerializer().orElse(mirror(kafka.getKeyDeserializer())));
    settings.put(
        "dead-letter-queue.value.serializer",
        kafka.getDeadLetterQueueValueSerializer().orElse(mirror(kafka.getValueDeserializer())));
    settings.put(
        "max.request.size",
        channelConfig.getOptionalValue("max.request.size", String.class).orElse("(none)"));
    settings.put("batch", String.valueOf(kafka.getBatch()));
    return settings;
  }

  private static String mirror(String deserializer) {
    return deserializer.replace("Deserializer", "Serializer");
  }
}
