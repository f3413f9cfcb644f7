package se.enkat.validation.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import se.enkat.common.events.SubmissionRejected.Violation;

/**
 * The judgement of one submission revision.
 *
 * @param member the invited organisation, null when the organisation is not in the population
 * @param answers the normalised answers (typed, only relevant and applicable questions); empty for
 *     a rejected revision
 */
public record Judgement(
    String round,
    String organisation,
    int revision,
    Member member,
    Map<String, Object> answers,
    List<Violation> violations,
    OffsetDateTime submittedAt,
    OffsetDateTime validatedAt) {

  public boolean accepted() {
    return violations.isEmpty();
  }

  public String status() {
    return accepted() ? "ACCEPTED" : "REJECTED";
  }
}
