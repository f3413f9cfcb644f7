package se.enkat.demo;

import java.util.Map;
import se.enkat.questionnaire.eval.ViolationCode;

/**
 * One thing a respondent does: save a draft, or submit and expect ACCEPTED or REJECTED.
 *
 * @param expectedViolation for a submission meant to be rejected, the reason validation must give
 * @param why what a reader of the demo's log is told this step is
 */
public record Step(
    Kind kind,
    Map<String, Object> answers,
    Map<String, String> comments,
    ViolationCode expectedViolation,
    String why) {

  /** What the step does. */
  public enum Kind {
    DRAFT,
    SUBMIT
  }

  public boolean meantToBeRejected() {
    return expectedViolation != null;
  }
}
