package se.enkat.servers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import se.enkat.common.events.Topics;

/**
 * The platform's Kafka topics as the stack and the tests create them: the names are {@link Topics}'
 * (the one list, which the producers and consumers use too), with a partition count each here; and
 * their idempotent creation with the Admin client.
 */
public final class PlatformTopics {

  /** Partitions of each main topic; a topic of {@link Topics#ALL} missing here fails at start. */
  private static final Map<String, Integer> PARTITIONS =
      Map.of(
          Topics.ROUNDS, 3,
          Topics.SUBMISSIONS, 6,
          Topics.VALIDATIONS, 6,
          Topics.INDICATORS, 3,
          Topics.RELEASES, 1,
          Topics.REMINDERS, 3);

  private static final List<TopicSpec> MAIN =
      Topics.ALL.stream().map(name -> new TopicSpec(name, partitions(name))).toList();

  /** Every topic: the main ones and a one-partition dead-letter topic beside each. */
  public static final List<TopicSpec> ALL =
      Stream.concat(
              MAIN.stream(), MAIN.stream().map(t -> new TopicSpec(Topics.deadLetter(t.name()), 1)))
          .toList();

  /**
   * The largest record a topic takes and the broker accepts: the same 4 MiB as the producers'
   * {@code max.request.size} ({@link Topics#MAX_MESSAGE_BYTES}).
   */
  public static final int MAX_MESSAGE_BYTES = Topics.MAX_MESSAGE_BYTES;

  private PlatformTopics() {}

  private static int partitions(String topic) {
    Integer partitions = PARTITIONS.get(topic);
    if (partitions == null) {
      throw new IllegalStateException("no partition count for topic " + topic);
    }
    return partitions;
  }

  /** Creates the topics that do not exist yet; returns the names it created. */
  public static List<String> ensure(String bootstrapServers, Duration timeout) {
    Map<String, Object> settings =
        Map.of(
            AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            bootstrapServers,
            AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
            10_000,
            AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            (int) timeout.toMillis());
    try (Admin admin = Admin.create(settings)) {
      Set<String> existing =
          admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (TopicSpec topic : ALL) {
        if (!existing.contains(topic.name())) {
          missing.add(
              new NewTopic(topic.name(), topic.partitions(), (short) 1)
                  .configs(Map.of("max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES))));
        }
      }
      List<String> created = new ArrayList<>();
      for (var entry : admin.createTopics(missing).values().entrySet()) {
        try {
          entry.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
          created.add(entry.getKey());
        } catch (ExecutionException e) {
          // another process created it between our listing and our request: that is the goal
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw e;
          }
        }
      }
      return created;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerException("interrupted while creating Kafka topics", e);
    } catch (Exception e) {
      throw new ServerException(
          "could not create the platform topics on " + bootstrapServers + ": " + e, e);
    }
  }
}
