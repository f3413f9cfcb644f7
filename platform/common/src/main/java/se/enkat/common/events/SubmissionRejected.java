package se.enkat.common.events;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code submission.rejected} (topic enkat.validations.v1, key = round/organisation): a
 * revision that broke at least one rule, and every violation.
 */
public record SubmissionRejected(
    int schemaVersion,
    String round,
    String organisation,
    int revision,
    RoundOpened.QuestionnaireRef questionnaire,
    List<Violation> violations,
    OffsetDateTime submittedAt,
    OffsetDateTime validatedAt) {

  public static final int SCHEMA_VERSION = 1;

  /** One broken rule: the question, a stable code (see docs/questionnaires.md), a message. */
  public record Violation(String question, String code, String message) {}
}
