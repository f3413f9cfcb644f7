package se.enkat.questionnaire.rules;

/** What one evaluation of a rule gave: true, false, or an error such as a missing key. */
public enum RuleResult {
  TRUE,
  FALSE,
  ERROR
}
