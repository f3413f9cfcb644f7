package se.enkat.indicator.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns normalised answers (a JSON object) into the typed map CEL reads: whole numbers as Long,
 * other numbers as Double, lists as lists, text as String.
 */
public final class AnswerMaps {

  private AnswerMaps() {}

  /**
   * @throws IllegalArgumentException when the answers are not a JSON object
   */
  public static Map<String, Object> of(JsonNode answers) {
    if (answers == null || !answers.isObject()) {
      throw new IllegalArgumentException("answers must be a JSON object");
    }
    Map<String, Object> map = new HashMap<>();
    answers
        .properties()
        .forEach(
            entry -> {
              if (!entry.getValue().isNull()) {
                map.put(entry.getKey(), value(entry.getValue()));
              }
            });
    return map;
  }

  private static Object value(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(item -> list.add(value(item)));
      return list;
    }
    if (node.isObject()) {
      return of(node);
    }
    return node.asText();
  }
}
