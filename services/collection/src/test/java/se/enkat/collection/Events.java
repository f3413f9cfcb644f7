package se.enkat.collection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import se.enkat.testing.EventSchemas;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestRecord;

/** Reading what the service published, and checking it against the platform's JSON Schemas. */
final class Events {

  static final ObjectMapper JSON = new ObjectMapper();

  private Events() {}

  /** Waits for the first record with this key and type, then returns every such record. */
  static List<TestRecord> awaitAll(KafkaTestClient kafka, String topic, String key, String type) {
    return kafka.await(
        topic,
        r -> key.equals(r.key()) && type.equals(r.header("ce_type")),
        Duration.ofSeconds(30));
  }

  /** Every record on the topic with this key and type, right now. */
  static List<TestRecord> all(KafkaTestClient kafka, String topic, String key, String type) {
    return kafka.readAll(topic).stream()
        .filter(r -> key.equals(r.key()) && type.equals(r.header("ce_type")))
        .toList();
  }

  static JsonNode data(TestRecord record) {
    try {
      return JSON.readTree(record.value());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts the record's value validates against schemas/events/{type}.json from enkat-common. */
  static void assertMatchesSchema(TestRecord record) {
    String type = record.header("ce_type");
    String resource = "schemas/events/" + type + ".json";
    assertThat(Events.class.getClassLoader().getResource(resource))
        .as("schema " + resource)
        .isNotNull();
    Set<ValidationMessage> errors = EventSchemas.schema(type).validate(data(record));
    assertThat(errors).as("violations of " + resource).isEmpty();
  }

  /** Asserts the CloudEvents binary-mode headers the platform promises on every event. */
  static void assertCloudEventHeaders(TestRecord record, String type) {
    assertThat(record.header("ce_specversion")).isEqualTo("1.0");
    assertThat(record.header("ce_id")).matches("[0-9a-f-]{36}");
    assertThat(record.header("ce_type")).isEqualTo(type);
    assertThat(record.header("ce_source")).isEqualTo("/enkat/collection");
    assertThat(record.header("ce_time")).isNotBlank();
    assertThat(record.header("ce_subject")).startsWith("rounds/");
    assertThat(record.header("content-type")).isEqualTo("application/json");
  }
}
