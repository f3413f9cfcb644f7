package se.enkat.indicator.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * An indicator of one round: texts, and numerator and denominator as CEL over one respondent's
 * {@code answers} and {@code org}.
 *
 * <p>A distribution has categories: its numerator names {@code category}, which stands for each
 * category value in turn (see {@link IndicatorCompiler}), and it has one value per category.
 */
public record IndicatorDefinition(
    String id,
    Kind kind,
    JsonNode title,
    JsonNode description,
    String focusArea,
    String numerator,
    String denominator,
    Direction direction,
    List<String> sourceQuestions,
    List<Category> categories) {

  public IndicatorDefinition {
    sourceQuestions = sourceQuestions == null ? List.of() : List.copyOf(sourceQuestions);
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  public boolean isDistribution() {
    return !categories.isEmpty();
  }

  /** Where a definition came from. */
  public enum Kind {
    DEFAULT,
    CUSTOM
  }

  /** Whether a higher or a lower value is the better one. */
  public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
  }

  /** One category of a distribution: the choice value and its label. */
  public record Category(String value, JsonNode label) {}
}
