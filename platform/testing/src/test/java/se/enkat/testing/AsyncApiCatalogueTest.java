package se.enkat.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.Topics;
import se.enkat.servers.PlatformTopics;

/**
 * docs/asyncapi.yaml stays in step with the code: a valid AsyncAPI 3.0 document (the official JSON
 * Schema, kept as test data) whose channels are the topics with the partitions the stack creates,
 * whose messages are exactly the event types, each on its topic, with the JSON Schema its producer
 * is tested against as payload.
 */
class AsyncApiCatalogueTest {

  private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
  private static final Path DOCUMENT = ROOT.resolve("docs/asyncapi.yaml");
  private static final Path SCHEMAS =
      ROOT.resolve("platform/common/src/main/resources/schemas/events");

  private final JsonNode document = read();

  @Test
  void theCatalogueIsAValidAsyncApi3Document() throws Exception {
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/asyncapi/asyncapi-3.0.0-schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
    }

    assertThat(schema.validate(document)).isEmpty();
    assertThat(document.get("asyncapi").asText()).isEqualTo("3.0.0");
  }

  @Test
  void everyTopicIsAChannelWithThePartitionsTheStackCreates() {
    Map<String, Integer> channels = new HashMap<>();
    document
        .get("channels")
        .forEach(
            channel ->
                channels.put(
                    channel.get("address").asText(),
                    channel.at("/bindings/kafka/partitions").asInt()));
    Map<String, Integer> created =
        PlatformTopics.ALL.stream()
            .filter(topic -> !topic.name().endsWith(".dlq"))
            .collect(Collectors.toMap(t -> t.name(), t -> t.partitions()));

    assertThat(channels).isEqualTo(created);
    assertThat(channels.keySet()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
  }

  @Test
  void everyEventTypeIsAMessageOnItsTopicWithItsSchemaAsPayload() throws Exception {
    Set<String> types = eventTypes();
    Map<String, String> topicOf = new HashMap<>();
    document
        .get("channels")
        .forEach(
            channel ->
                channel
                    .get("messages")
                    .forEach(
                        ref -> {
                          JsonNode message = message(ref.get("$ref").asText());
                          topicOf.put(
                              message.get("name").asText(), channel.get("address").asText());
                        }));
    Set<String> names = new TreeSet<>();
    Set<String> payloads = new HashSet<>();
    document
        .at("/components/messages")
        .forEach(
            message -> {
              String name = message.get("name").asText();
              names.add(name);
              String payload = message.at("/payload/$ref").asText();
              Path file = DOCUMENT.getParent().resolve(payload).normalize();
              assertThat(file).as("payload of %s", name).exists();
              assertThat(file.getFileName().toString()).isEqualTo(name + ".json");
              payloads.add(file.getFileName().toString());
            });

    assertThat(names).isEqualTo(types);
    assertThat(topicOf.keySet()).isEqualTo(types);
    try (Stream<Path> files = Files.list(SCHEMAS)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .as("every event schema is some message's payload")
          .containsExactlyInAnyOrderElementsOf(payloads);
    }
    // each type on the topic the catalogue's table in docs/events.md gives it
    String events = Files.readString(ROOT.resolve("docs/events.md"));
    for (String type : types) {
      assertThat(events).contains("| `" + type + "` | " + topicOf.get(type) + " |");
    }
  }

  private JsonNode message(String ref) {
    return document.at(ref.substring(1));
  }

  private static Set<String> eventTypes() throws IllegalAccessException {
    Set<String> types = new TreeSet<>();
    for (Field field : EventTypes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        types.add((String) field.get(null));
      }
    }
    return types;
  }

  private static JsonNode read() {
    try {
      return new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
