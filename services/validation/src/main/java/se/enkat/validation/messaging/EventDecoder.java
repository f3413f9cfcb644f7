package se.enkat.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.PoisonMessageException;

/**
 * Turns consumed event data into the contract records, refusing data no retry can fix: not JSON,
 * not an object, or missing a field the record requires. Refusal is a {@link
 * PoisonMessageException}, which sends the message to the dead-letter topic.
 */
public final class EventDecoder {

  private EventDecoder() {}

  public static SubmissionReceived submissionReceived(IncomingEvent event) {
    return submissionReceived(event.id(), event.data());
  }

  public static SubmissionReceived submissionReceived(String eventId, String data) {
    JsonNode json = object(eventId, data);
    List<String> missing = new ArrayList<>();
    text(json, "round", missing);
    text(json, "organisation", missing);
    positive(json, "revision", missing);
    present(json, "answers", missing);
    present(json, "submittedAt", missing);
    if (!json.path("comments").isMissingNode()
        && !json.path("comments").isNull()
        && !json.path("comments").isObject()) {
      missing.add("comments (an object)");
    }
    refuseIfMissing(eventId, missing);
    return convert(eventId, json, SubmissionReceived.class);
  }

  public static RoundOpened roundOpened(IncomingEvent event) {
    JsonNode json = object(event.id(), event.data());
    List<String> missing = new ArrayList<>();
    text(json, "round", missing);
    text(json.path("questionnaireRef"), "id", missing, "questionnaireRef.id");
    positive(json.path("questionnaireRef"), "version", missing, "questionnaireRef.version");
    if (!json.path("questionnaire").isObject()) {
      missing.add("questionnaire");
    }
    if (!json.path("population").isArray()) {
      missing.add("population");
    }
    refuseIfMissing(event.id(), missing);
    return convert(event.id(), json, RoundOpened.class);
  }

  public static RoundClosed roundClosed(IncomingEvent event) {
    return roundClosed(event.id(), event.data());
  }

  public static RoundClosed roundClosed(String eventId, String data) {
    JsonNode json = object(eventId, data);
    List<String> missing = new ArrayList<>();
    text(json, "round", missing);
    present(json, "closedAt", missing);
    refuseIfMissing(eventId, missing);
    return convert(eventId, json, RoundClosed.class);
  }

  private static JsonNode object(String eventId, String data) {
    JsonNode json;
    try {
      json = EventJson.mapper().readTree(data);
    } catch (Exception e) {
      throw new PoisonMessageException("event " + eventId + ": data is not JSON", e);
    }
    if (json == null || !json.isObject()) {
      throw new PoisonMessageException("event " + eventId + ": data is not a JSON object");
    }
    return json;
  }

  private static <T> T convert(String eventId, JsonNode json, Class<T> type) {
    try {
      return EventJson.mapper().treeToValue(json, type);
    } catch (Exception e) {
      throw new PoisonMessageException(
          "event " + eventId + ": data does not match " + type.getSimpleName() + ": " + e, e);
    }
  }

  private static void text(JsonNode json, String field, List<String> missing) {
    text(json, field, missing, field);
  }

  private static void text(JsonNode json, String field, List<String> missing, String name) {
    JsonNode value = json.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      missing.add(name);
    }
  }

  private static void positive(JsonNode json, String field, List<String> missing) {
    positive(json, field, missing, field);
  }

  private static void positive(JsonNode json, String field, List<String> missing, String name) {
    JsonNode value = json.path(field);
    if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > Integer.MAX_VALUE) {
      missing.add(name);
    }
  }

  private static void present(JsonNode json, String field, List<String> missing) {
    if (json.path(field).isMissingNode() || json.path(field).isNull()) {
      missing.add(field);
    }
  }

  private static void refuseIfMissing(String eventId, List<String> missing) {
    if (!missing.isEmpty()) {
      throw new PoisonMessageException(
          "event " + eventId + ": data lacks required fields " + String.join(", ", missing));
    }
  }
}
