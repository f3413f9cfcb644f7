package se.enkat.messaging.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import se.enkat.messaging.PoisonMessageException;

/**
 * The fields a consumer requires of an event's data, checked on the JSON before it is read into the
 * contract record, so that a refusal names every missing field at once: {@code EventFields.of(id,
 * data).text("round").positive("revision").as(SubmissionReceived.class)}.
 */
public final class EventFields {

  private final String eventId;
  private final JsonNode json;
  private final List<String> missing = new ArrayList<>();

  private EventFields(String eventId, JsonNode json) {
    this.eventId = eventId;
    this.json = json;
  }

  /** The data as a JSON object; poison when it is not JSON, or not an object. */
  public static EventFields of(String eventId, String data) {
    JsonNode json;
    try {
      json = mapper().readTree(data);
    } catch (Exception e) {
      throw new PoisonMessageException("event " + eventId + ": data is not JSON", e);
    }
    if (json == null || !json.isObject()) {
      throw new PoisonMessageException("event " + eventId + ": data is not a JSON object");
    }
    return new EventFields(eventId, json);
  }

  /** A non-blank string at the path (fields separated by dots). */
  public EventFields text(String path) {
    JsonNode value = at(path);
    if (!value.isTextual() || value.asText().isBlank()) {
      missing.add(path);
    }
    return this;
  }

  /** An integer from 1 to {@link Integer#MAX_VALUE}. */
  public EventFields positive(String path) {
    JsonNode value = at(path);
    if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > Integer.MAX_VALUE) {
      missing.add(path);
    }
    return this;
  }

  /** Any value but null. */
  public EventFields present(String path) {
    if (at(path).isMissingNode() || at(path).isNull()) {
      missing.add(path);
    }
    return this;
  }

  public EventFields object(String path) {
    if (!at(path).isObject()) {
      missing.add(path);
    }
    return this;
  }

  public EventFields array(String path) {
    if (!at(path).isArray()) {
      missing.add(path);
    }
    return this;
  }

  /** Absent, null or an object. */
  public EventFields optionalObject(String path) {
    JsonNode value = at(path);
    if (!value.isMissingNode() && !value.isNull() && !value.isObject()) {
      missing.add(path + " (an object)");
    }
    return this;
  }

  /** The data as the record; poison naming every missing field, or when it does not map. */
  public <T> T as(Class<T> type) {
    if (!missing.isEmpty()) {
      throw new PoisonMessageException(
          "event " + eventId + ": data lacks required fields " + String.join(", ", missing));
    }
    try {
      return mapper().treeToValue(json, type);
    } catch (Exception e) {
      throw new PoisonMessageException(
          "event " + eventId + ": data does not match " + type.getSimpleName() + ": " + e, e);
    }
  }

  private JsonNode at(String path) {
    JsonNode node = json;
    for (String field : path.split("\\.")) {
      node = node.path(field);
    }
    return node;
  }

  private static ObjectMapper mapper() {
    return EventDecoder.mapper();
  }
}
