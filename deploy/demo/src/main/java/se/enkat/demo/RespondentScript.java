package se.enkat.demo;

import java.util.List;
import java.util.Map;
import se.enkat.questionnaire.eval.Organisation;

/**
 * What one responding organisation does, in order; the last step submits its final answers, the
 * revision that counts.
 */
public record RespondentScript(
    Organisation organisation,
    Map<String, Object> finalAnswers,
    Map<String, String> comments,
    List<Step> steps) {

  public boolean savesDraft() {
    return steps.stream().anyMatch(s -> s.kind() == Step.Kind.DRAFT);
  }

  public boolean submitsInvalidFirst() {
    return steps.stream().anyMatch(Step::meantToBeRejected);
  }

  /** Submits a valid set that it then replaces with another. */
  public boolean revises() {
    return steps.stream()
            .filter(s -> s.kind() == Step.Kind.SUBMIT && !s.meantToBeRejected())
            .count()
        > 1;
  }

  public long submissions() {
    return steps.stream().filter(s -> s.kind() == Step.Kind.SUBMIT).count();
  }
}
