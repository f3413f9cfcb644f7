package se.enkat.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published JSON Schemas of event data (platform/common, schemas/events/<type>.json). */
public final class EventSchemas {

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private EventSchemas() {}

  public static JsonNode schemaJson(String type) {
    try (InputStream in = resource(type)) {
      return EventJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every way the data breaks the schema of its event type; empty when it is valid. */
  public static List<String> violations(String type, JsonNode data) {
    try (InputStream in = resource(type)) {
      JsonSchema schema = FACTORY.getSchema(in, CONFIG);
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
