package se.enkat.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.OffsetDateTime;

/**
 * Data of {@code submission.received} (topic enkat.submissions.v1, key = round/organisation): a
 * revision of one organisation's answers, acknowledged with 202 and not yet judged.
 *
 * @param answers the answers object exactly as submitted
 * @param comments free-text comments per question id (an object; may be empty)
 */
public record SubmissionReceived(
    int schemaVersion,
    @NotBlank String round,
    @NotBlank String organisation,
    @Positive int revision,
    @JsonObject JsonNode answers,
    @JsonObject(optional = true) JsonNode comments,
    @NotNull OffsetDateTime submittedAt)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  @Override
  public EventAddress address() {
    return EventAddress.revision(EventKind.SUBMISSION_RECEIVED, round, organisation, revision);
  }
}
