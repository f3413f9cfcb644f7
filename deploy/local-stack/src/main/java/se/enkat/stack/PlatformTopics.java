package se.enkat.stack;

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

/** The platform's Kafka topics, and their idempotent creation with the Admin client. */
public final class PlatformTopics {

  private static final List<TopicSpec> MAIN =
      List.of(
          new TopicSpec("enkat.rounds.v1", 3),
          new TopicSpec("enkat.submissions.v1", 6),
          new TopicSpec("enkat.validations.v1", 6),
          new TopicSpec("enkat.indicators.v1", 3),
          new TopicSpec("enkat.releases.v1", 1),
          new TopicSpec("enkat.reminders.v1", 3));

  /** Every topic: the main ones and a one-partition dead-letter topic beside each. */
  public static final List<TopicSpec> ALL =
      Stream.concat(MAIN.stream(), MAIN.stream().map(t -> new TopicSpec(t.name() + ".dlq", 1)))
          .toList();

  /**
   * The largest record a topic takes and the broker accepts: the same 4 MiB as the producers'
   * {@code max.request.size} (se.enkat.common.events.Topics.MAX_MESSAGE_BYTES; a test keeps the two
   * equal).
   */
  public static final int MAX_MESSAGE_BYTES = 4 * 1024 * 1024;

  private PlatformTopics() {}

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
      throw new StackException("interrupted while creating Kafka topics", e);
    } catch (Exception e) {
      throw new StackException(
          "could not create the platform topics on " + bootstrapServers + ": " + e, e);
    }
  }
}
