package se.enkat.questionnaire.check;

import java.util.ArrayList;
import java.util.List;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * Everything that makes a questionnaire unacceptable, as an administrator gets it back on upload.
 *
 * <p>Runs the structural checks (ids, texts, types, choices, ranges, organisation types) and the
 * rule checks (compilation, boolean type, references, cycles) and returns all violations at once,
 * so an author can fix a file in one round.
 */
public final class QuestionnaireChecker {

  private QuestionnaireChecker() {}

  /** All violations, in document order; empty means the questionnaire may be used. */
  public static List<QuestionnaireViolation> check(Questionnaire questionnaire) {
    List<QuestionnaireViolation> violations = new ArrayList<>();
    new StructureChecks(questionnaire, violations).run();
    new RuleChecks(questionnaire, violations).run();
    return List.copyOf(violations);
  }
}
