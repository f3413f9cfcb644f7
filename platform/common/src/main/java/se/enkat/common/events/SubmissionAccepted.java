package se.enkat.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;

/**
 * Data of {@code submission.accepted} (topic enkat.validations.v1, key = round/organisation): a
 * revision that satisfies every rule, with its normalised answers (typed; only relevant and
 * applicable questions).
 */
public record SubmissionAccepted(
    int schemaVersion,
    @NotBlank String round,
    @NotBlank String organisation,
    @NotBlank String organisationType,
    String county,
    int revision,
    RoundOpened.QuestionnaireRef questionnaire,
    @JsonObject JsonNode answers,
    JsonNode comments,
    OffsetDateTime submittedAt,
    OffsetDateTime validatedAt)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  @Override
  public EventAddress address() {
    return EventAddress.revision(EventKind.SUBMISSION_ACCEPTED, round, organisation, revision);
  }
}
