package se.enkat.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code indicator.defined} (topic enkat.indicators.v1, key = round id): one indicator of a
 * round, default or custom, with its definition in words and in CEL.
 *
 * @param kind {@code DEFAULT} (derived from the questionnaire) or {@code CUSTOM} (defined by an
 *     administrator)
 * @param numerator CEL over {@code answers} and {@code org}; for a distribution it names {@code
 *     category}, which stands for each choice value in turn
 * @param direction {@code HIGHER_IS_BETTER}, {@code LOWER_IS_BETTER}, or null when not said
 * @param categories the choices of a distribution; empty for a share
 */
public record IndicatorDefined(
    int schemaVersion,
    @NotBlank String round,
    @NotBlank String indicator,
    String kind,
    JsonNode title,
    JsonNode description,
    String focusArea,
    String numerator,
    String denominator,
    String direction,
    List<String> sourceQuestions,
    List<Category> categories,
    OffsetDateTime definedAt)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  @Override
  public EventAddress address() {
    return new EventAddress(
        EventKind.INDICATOR_DEFINED, EventKeys.round(round), round + "/" + indicator);
  }

  /** One value of a distribution's category dimension and its label. */
  public record Category(String value, JsonNode label) {}
}
