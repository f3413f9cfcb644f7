package se.enkat.questionnaire.eval;

import java.util.List;
import se.enkat.questionnaire.check.QuestionnaireViolation;

/** Thrown when a questionnaire with violations is about to be compiled for use. */
public final class InvalidQuestionnaireException extends RuntimeException {

  private final transient List<QuestionnaireViolation> violations;

  public InvalidQuestionnaireException(List<QuestionnaireViolation> violations) {
    super("invalid questionnaire: " + violations);
    this.violations = List.copyOf(violations);
  }

  public List<QuestionnaireViolation> violations() {
    return violations;
  }
}
