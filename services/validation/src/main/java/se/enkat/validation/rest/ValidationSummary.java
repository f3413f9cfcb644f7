package se.enkat.validation.rest;

import java.util.List;
import java.util.Map;

/** What an administrator sees of a round's verdicts: totals, codes and the worst questions. */
public record ValidationSummary(
    String round,
    long accepted,
    long rejected,
    Map<String, Long> violationsByCode,
    List<QuestionCount> mostViolatedQuestions) {

  /** How often one question was violated. */
  public record QuestionCount(String question, long violations) {}
}
