package se.enkat.questionnaire.rules;

import java.util.HashMap;
import java.util.Map;

/** Builds the variable map a rule is evaluated against. */
public final class RuleVariables {

  public static final String ANSWERS = "answers";
  public static final String ORG = "org";

  private RuleVariables() {}

  /**
   * The activation for one respondent. The answers map is held by reference, so an evaluator can
   * keep adding answers to it as it walks the questions in dependency order.
   */
  public static Map<String, Object> of(Map<String, Object> answers, Map<String, String> org) {
    Map<String, Object> variables = new HashMap<>(4);
    variables.put(ANSWERS, answers);
    variables.put(ORG, org);
    return variables;
  }
}
