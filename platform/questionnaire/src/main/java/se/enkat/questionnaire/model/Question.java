package se.enkat.questionnaire.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One question as the contract describes it.
 *
 * <p>{@code type} and {@code appliesTo} stay strings so that an unknown name reaches the checker as
 * a violation rather than a parse error. Absent optional fields are null and left out of JSON.
 * {@code series} maps the question to the series of an earlier questionnaire version (reworded,
 * renamed or split questions); without it a question's indicators continue under its own id.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(
    String id,
    LocalizedText text,
    String type,
    List<Choice> choices,
    String relevant,
    Required required,
    String constraint,
    LocalizedText constraintMessage,
    List<String> appliesTo,
    BigDecimal min,
    BigDecimal max,
    Integer maxLength,
    SeriesLink series) {

  /** The known type of this question, empty when the type is missing or unknown. */
  @JsonIgnore
  public Optional<QuestionType> questionType() {
    return QuestionType.fromJson(type);
  }

  /** The choices, never null. */
  @JsonIgnore
  public List<Choice> choicesOrEmpty() {
    return choices == null ? List.of() : choices;
  }

  /** The contract's default: required unless said otherwise. */
  @JsonIgnore
  public Required requiredOrDefault() {
    return required == null ? Required.ALWAYS : required;
  }

  /** True when the question is put to organisations of this type. */
  public boolean appliesTo(OrganisationType type) {
    return appliesTo == null || appliesTo.contains(type.name());
  }
}
