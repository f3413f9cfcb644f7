package se.enkat.validation.rest;

import java.util.List;
import java.util.Map;

/**
 * What an administrator sees of a round's verdicts: which rules respondents trip over.
 *
 * @param accepted judged revisions that were accepted (every revision counts)
 * @param rejected judged revisions that were rejected
 * @param organisations organisations per status of their latest judged revision
 * @param parked submissions received before this service learnt the round (normally 0)
 * @param violationsByCode violations per code over every rejected revision, most frequent first
 * @param mostViolatedQuestions the ten questions with most violations, with their codes
 */
public record ValidationSummary(
    String round,
    long accepted,
    long rejected,
    StatusCounts organisations,
    long parked,
    Map<String, Long> violationsByCode,
    List<QuestionCount> mostViolatedQuestions) {

  /** Organisations whose latest revision was accepted, or rejected. */
  public record StatusCounts(long accepted, long rejected) {}

  /** How often one question was violated, in total and per code. */
  public record QuestionCount(String question, long violations, Map<String, Long> byCode) {}
}
