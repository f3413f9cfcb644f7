package se.enkat.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The published JSON Schemas of event data (platform/common, {@code schemas/events/<type>.json}),
 * for tests that check what a service publishes against them.
 */
public final class EventSchemas {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig FORMATS_ASSERTED =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private EventSchemas() {}

  /** The schema of the event type; {@code format} keywords only annotate (2020-12's default). */
  public static JsonSchema schema(String type) {
    try (InputStream in = resource(type)) {
      return FACTORY.getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema itself as JSON. */
  public static JsonNode schemaJson(String type) {
    try (InputStream in = resource(type)) {
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Every way the data breaks the schema of its event type, {@code format} keywords (date-time,
   * uuid, ...) asserted too; empty when it is valid.
   */
  public static List<String> violations(String type, JsonNode data) {
    try (InputStream in = resource(type)) {
      JsonSchema schema = FACTORY.getSchema(in, FORMATS_ASSERTED);
      return schema.validate(data).stream().map(ValidationMessage::getMessage).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String type) {
    InputStream in =
        EventSchemas.class.getClassLoader().getResourceAsStream("schemas/events/" + type + ".json");
    if (in == null) {
      throw new IllegalArgumentException("no schema for event type " + type);
    }
    return in;
  }
}
