package se.enkat.questionnaire.eval;

import java.util.Set;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.QuestionType;
import se.enkat.questionnaire.rules.Rule;

/**
 * A question with its rules compiled. {@code relevant}, {@code requiredRule} and {@code constraint}
 * are null when the question has no such rule.
 */
record CompiledQuestion(
    Question question,
    QuestionType type,
    Set<String> choiceValues,
    Rule relevant,
    boolean requiredConstant,
    Rule requiredRule,
    Rule constraint) {

  String id() {
    return question.id();
  }
}
