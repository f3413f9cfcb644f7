package se.enkat.questionnaire.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.enkat.questionnaire.rules.Rule;
import se.enkat.questionnaire.rules.RuleResult;
import se.enkat.questionnaire.rules.RuleVariables;

/**
 * One evaluation of one answer set; a new instance per call, so no state is shared between threads.
 *
 * <p>What a rule that fails at run time (typically: it reads a question that is not answered)
 * means, so that an error never escapes: a {@code relevant} rule hides the question, a {@code
 * required} rule does not require it, a {@code constraint} does not reject the answer. Authors who
 * want something else write it out with {@code 'id' in answers}.
 */
final class AnswerEvaluator {

  private final Map<String, CompiledQuestion> byId;
  private final List<CompiledQuestion> relevanceOrder;
  private final Organisation organisation;
  private final Map<String, ?> raw;

  private final List<AnswerViolation> violations = new ArrayList<>();
  private final Map<String, Normalised> typed = new HashMap<>();
  private final Set<String> visible = new HashSet<>();
  // What rules see: only the valid answers of visible questions, filled in dependency order.
  private final Map<String, Object> ruleAnswers = new HashMap<>();
  private final Map<String, Object> variables;

  AnswerEvaluator(
      Map<String, CompiledQuestion> byId,
      List<CompiledQuestion> relevanceOrder,
      Organisation organisation,
      Map<String, ?> raw) {
    this.byId = byId;
    this.relevanceOrder = relevanceOrder;
    this.organisation = organisation;
    this.raw = raw == null ? Map.of() : raw;
    this.variables = RuleVariables.of(ruleAnswers, organisation.asRuleVariable());
  }

  Evaluation run() {
    // Sorted so that the same answers give the same violations whatever map the caller used.
    raw.keySet().stream()
        .filter(id -> !byId.containsKey(id))
        .sorted(Comparator.nullsFirst(Comparator.naturalOrder()))
        .forEach(
            id ->
                add(
                    id,
                    ViolationCode.UNKNOWN_QUESTION,
                    "no question with this id in the questionnaire"));
    for (CompiledQuestion q : byId.values()) {
      Object value = raw.get(q.id());
      if (value != null) {
        typed.put(q.id(), AnswerNormaliser.normalise(q, value));
      }
    }
    for (CompiledQuestion q : relevanceOrder) {
      if (isVisible(q)) {
        visible.add(q.id());
        Normalised answer = typed.get(q.id());
        if (answer != null && answer.isOk()) {
          ruleAnswers.put(q.id(), answer.value());
        }
      }
    }
    Map<String, Object> accepted = new LinkedHashMap<>();
    for (CompiledQuestion q : byId.values()) {
      judge(q, accepted);
    }
    List<String> shown = byId.keySet().stream().filter(visible::contains).toList();
    return new Evaluation(accepted, List.copyOf(violations), shown);
  }

  private boolean isVisible(CompiledQuestion q) {
    if (!q.question().appliesTo(organisation.type())) {
      return false;
    }
    Rule relevant = q.relevant();
    if (relevant == null) {
      return true;
    }
    // Hidden because what it depends on is hidden, whatever the rule would say about absence.
    for (String dependency : relevant.references()) {
      if (!visible.contains(dependency)) {
        return false;
      }
    }
    return relevant.evaluate(variables) == RuleResult.TRUE;
  }

  private void judge(CompiledQuestion q, Map<String, Object> accepted) {
    Normalised answer = typed.get(q.id());
    if (!q.question().appliesTo(organisation.type())) {
      if (answer != null) {
        add(q.id(), ViolationCode.NOT_APPLICABLE, "not asked of " + organisation.type());
      }
      return;
    }
    if (!visible.contains(q.id())) {
      if (answer != null) {
        add(q.id(), ViolationCode.NOT_RELEVANT, "must not be answered given the other answers");
      }
      return;
    }
    if (answer == null) {
      if (isRequired(q)) {
        add(q.id(), ViolationCode.REQUIRED, "an answer is required");
      }
      return;
    }
    if (!answer.isOk()) {
      add(q.id(), answer.code(), answer.message());
      return;
    }
    if (q.constraint() != null && q.constraint().evaluate(variables) == RuleResult.FALSE) {
      add(q.id(), ViolationCode.CONSTRAINT, constraintMessage(q));
      return;
    }
    accepted.put(q.id(), answer.value());
  }

  private boolean isRequired(CompiledQuestion q) {
    if (q.requiredRule() == null) {
      return q.requiredConstant();
    }
    return q.requiredRule().evaluate(variables) == RuleResult.TRUE;
  }

  private static String constraintMessage(CompiledQuestion q) {
    var message = q.question().constraintMessage();
    if (message == null) {
      return "does not satisfy " + q.question().constraint();
    }
    return message.en() != null ? message.en() : message.sv();
  }

  private void add(String question, ViolationCode code, String message) {
    violations.add(new AnswerViolation(question, code, message));
  }
}
