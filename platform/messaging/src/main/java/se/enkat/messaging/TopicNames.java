package se.enkat.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;
import se.enkat.common.events.Topics;

/**
 * The topic names of {@link Topics} (the one list) as configuration, so a service's channels name
 * their topics from it: {@code enkat.topics.rounds} is {@code enkat.rounds.v1}, {@code
 * enkat.topics.rounds.dlq} its dead-letter topic. A misspelt {@code ${enkat.topics.…}} fails the
 * start instead of consuming a topic nobody writes.
 */
public final class TopicNames implements ConfigSource {

  /** Below every file and the environment: those may still name a topic of their own. */
  private static final int ORDINAL = 50;

  private static final Map<String, String> NAMES = names();

  private static Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    for (String topic : Topics.ALL) {
      // enkat.rounds.v1 -> rounds
      String key = "enkat.topics." + topic.split("\\.")[1];
      names.put(key, topic);
      names.put(key + ".dlq", Topics.deadLetter(topic));
    }
    return Map.copyOf(names);
  }

  @Override
  public Map<String, String> getProperties() {
    return NAMES;
  }

  @Override
  public Set<String> getPropertyNames() {
    return NAMES.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return NAMES.get(propertyName);
  }

  @Override
  public String getName() {
    return "enkat topic names (se.enkat.common.events.Topics)";
  }

  @Override
  public int getOrdinal() {
    return ORDINAL;
  }
}
