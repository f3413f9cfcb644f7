package se.enkat.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * This service's JSON of event data and of the JSON it stores (questionnaires, violations): the
 * platform's one event mapping ({@link se.enkat.common.events.EventJson}).
 */
public final class EventJson {

  private EventJson() {}

  public static ObjectMapper mapper() {
    return se.enkat.common.events.EventJson.mapper();
  }

  public static String write(Object value) {
    return se.enkat.common.events.EventJson.write(value);
  }

  public static JsonNode tree(Object value) {
    return mapper().valueToTree(value);
  }
}
