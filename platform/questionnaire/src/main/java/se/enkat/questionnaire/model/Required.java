package se.enkat.questionnaire.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The {@code required} field of a question: a constant or a CEL expression.
 *
 * <p>Kept as the raw JSON node so that a value of the wrong kind (a number, an object) is reported
 * by the checker with its path instead of failing the whole upload inside Jackson.
 */
public record Required(JsonNode raw) {

  public static final Required ALWAYS = new Required(BooleanNode.TRUE);
  public static final Required NEVER = new Required(BooleanNode.FALSE);

  @JsonCreator
  public static Required fromJson(JsonNode raw) {
    return new Required(raw);
  }

  public static Required when(String expression) {
    return new Required(TextNode.valueOf(expression));
  }

  @JsonValue
  public JsonNode raw() {
    return raw;
  }

  public boolean isConstant() {
    return raw != null && raw.isBoolean();
  }

  public boolean isExpression() {
    return raw != null && raw.isTextual();
  }

  public boolean constant() {
    return raw.booleanValue();
  }

  public String expression() {
    return raw.textValue();
  }
}
