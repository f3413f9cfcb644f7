package se.enkat.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** An indicator's definition as the API shows it: texts, and numerator and denominator in CEL. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorDefinitionView(
    String id,
    String kind,
    JsonNode title,
    JsonNode description,
    String focusArea,
    String numerator,
    String denominator,
    String direction,
    List<String> sourceQuestions,
    List<CategoryView> categories) {

  /** One category of a distribution. */
  public record CategoryView(String value, JsonNode label) {}
}
