package se.enkat.common.events;

import com.fasterxml.jackson.databind.JsonNode;
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
    String round,
    String organisation,
    int revision,
    JsonNode answers,
    JsonNode comments,
    OffsetDateTime submittedAt) {

  public static final int SCHEMA_VERSION = 1;
}
