package se.enkat.indicator.domain;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.enkat.questionnaire.rules.Rule;
import se.enkat.questionnaire.rules.RuleResult;
import se.enkat.questionnaire.rules.RuleVariables;

/**
 * Builds {@link Condition}s. Any expression is a compiled CEL rule; the two shapes {@link
 * DefaultIndicators} writes for every question ({@code answers['q'] == 'v'} and {@code 'q' in
 * answers}) are evaluated as the map lookups they mean, with the same result as CEL, which keeps
 * the hot path of thousands of answer sets a second off the CEL interpreter (a missing answer there
 * costs an exception).
 */
public final class Conditions {

  // Only plain quoted names and values: anything escaped is left to CEL.
  private static final Pattern ANSWER_IS =
      Pattern.compile("answers\\['([^'\\\\]*)'\\] == '([^'\\\\]*)'");
  private static final Pattern ANSWERED = Pattern.compile("'([^'\\\\]*)' in answers");

  private Conditions() {}

  /** A CEL rule; a rule that fails at run time (a missing answer, say) does not hold. */
  public static Condition of(Rule rule) {
    Condition direct = direct(rule.source());
    return direct != null ? direct : variables -> rule.evaluate(variables) == RuleResult.TRUE;
  }

  /** The direct form of a default-shaped source; null for any other expression. */
  static Condition direct(String source) {
    Matcher is = ANSWER_IS.matcher(source);
    if (is.matches()) {
      String question = is.group(1);
      String value = is.group(2);
      return variables -> Objects.equals(value, answers(variables).get(question));
    }
    Matcher answered = ANSWERED.matcher(source);
    if (answered.matches()) {
      String question = answered.group(1);
      return variables -> answers(variables).containsKey(question);
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> answers(Map<String, Object> variables) {
    Object answers = variables.get(RuleVariables.ANSWERS);
    return answers instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }
}
