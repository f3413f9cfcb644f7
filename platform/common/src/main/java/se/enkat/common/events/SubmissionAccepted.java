package se.enkat.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * Data of {@code submission.accepted} (topic enkat.validations.v1, key = round/organisation): a
 * revision that satisfies every rule, with its normalised answers (typed; only relevant and
 * applicable questions).
 */
public record SubmissionAccepted(
    int schemaVersion,
    String round,
    String organisation,
    String organisationType,
    String county,
    int revision,
    RoundOpened.QuestionnaireRef questionnaire,
    JsonNode answers,
    JsonNode comments,
    OffsetDateTime submittedAt,
    OffsetDateTime validatedAt) {

  public static final int SCHEMA_VERSION = 1;
}
