package se.enkat.questionnaire.check;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;
import se.enkat.questionnaire.model.Section;
import se.enkat.questionnaire.rules.InvalidRuleException;
import se.enkat.questionnaire.rules.RelevanceGraph;
import se.enkat.questionnaire.rules.Rule;
import se.enkat.questionnaire.rules.RuleCompiler;

/** The checks on rules: each compiles, is boolean, names known questions; no relevance cycles. */
final class RuleChecks {

  private final Questionnaire questionnaire;
  private final List<QuestionnaireViolation> violations;
  private final Set<String> questionIds;
  private final Map<String, Set<String>> relevanceReads = new LinkedHashMap<>();
  private final Map<String, String> pathOfId = new HashMap<>();

  RuleChecks(Questionnaire questionnaire, List<QuestionnaireViolation> violations) {
    this.questionnaire = questionnaire;
    this.violations = violations;
    this.questionIds =
        questionnaire
            .questions()
            .map(Question::id)
            .filter(Objects::nonNull)
            .collect(Collectors.toSet());
  }

  void run() {
    List<Section> sections = questionnaire.sectionsOrEmpty();
    for (int s = 0; s < sections.size(); s++) {
      List<Question> questions = sections.get(s).questionsOrEmpty();
      for (int q = 0; q < questions.size(); q++) {
        question(Paths.question(s, q), questions.get(q));
      }
    }
    for (List<String> cycle : new RelevanceGraph(relevanceReads).cycles()) {
      violations.add(
          new QuestionnaireViolation(
              pathOfId.get(cycle.get(0)) + ".relevant",
              "cycle among relevant rules: " + String.join(" -> ", cycle),
              cycle.get(0)));
    }
  }

  private void question(String path, Question question) {
    String id = question.id() == null || question.id().isBlank() ? null : question.id();
    Set<String> reads = rule(id, path + ".relevant", question.relevant());
    if (question.id() != null && pathOfId.putIfAbsent(question.id(), path) == null) {
      relevanceReads.put(question.id(), reads);
    }
    if (question.required() != null && question.required().isExpression()) {
      rule(id, path + ".required", question.required().expression());
    }
    rule(id, path + ".constraint", question.constraint());
  }

  /** Compiles one rule, reports what is wrong with it, returns the ids it reads. */
  private Set<String> rule(String question, String path, String source) {
    if (source == null) {
      return Set.of();
    }
    Rule rule;
    try {
      rule = RuleCompiler.compile(source);
    } catch (InvalidRuleException e) {
      violations.add(new QuestionnaireViolation(path, "expression " + e.getMessage(), question));
      return Set.of();
    }
    for (String id : rule.references()) {
      if (!questionIds.contains(id)) {
        violations.add(
            new QuestionnaireViolation(
                path, "expression names unknown question '" + id + "'", question));
      }
    }
    return rule.references();
  }
}
