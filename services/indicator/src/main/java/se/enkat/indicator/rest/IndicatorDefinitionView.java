package se.enkat.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import se.enkat.common.reference.Text;

/**
 * An indicator's definition as the API shows it: texts, the definition in words ({@code
 * definition}: what is counted, over whom), and numerator and denominator in CEL.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorDefinitionView(
    String id,
    String kind,
    JsonNode title,
    JsonNode description,
    Text definition,
    String focusArea,
    String numerator,
    String denominator,
    String direction,
    List<String> sourceQuestions,
    List<CategoryView> categories) {

  /** One category of a distribution. */
  public record CategoryView(String value, JsonNode label) {}
}
