package se.enkat.questionnaire.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Map;

/**
 * The outcome of evaluating one organisation's answers.
 *
 * <p>{@code answers} holds the typed values (Long, Double, String, List of String) of the relevant
 * and applicable questions that were answered validly, in questionnaire order; {@code visible} the
 * ids of the questions shown to the organisation with these answers (applicable and relevant), in
 * questionnaire order.
 */
public record Evaluation(
    Map<String, Object> answers, List<AnswerViolation> violations, List<String> visible) {

  /** An outcome without the visible questions (an answer set that could not be read). */
  public Evaluation(Map<String, Object> answers, List<AnswerViolation> violations) {
    this(answers, violations, List.of());
  }

  @JsonIgnore
  public boolean isAccepted() {
    return violations.isEmpty();
  }
}
