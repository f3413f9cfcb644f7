package se.enkat.collection.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/** What the submission endpoints answer. */
public final class SubmissionViews {

  private SubmissionViews() {}

  /** The 202 answer to a submit; a replay with the same Idempotency-Key gets the same body. */
  public record Receipt(String round, String organisation, int revision, String status) {}

  /** A submit's receipt, and whether it replays an earlier submit with the same key. */
  public record Submitted(Receipt receipt, boolean replayed) {}

  /** The latest revision of an organisation's submission in a round. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Latest(
      String round,
      String organisation,
      int revision,
      String status,
      JsonNode violations,
      JsonNode answers,
      JsonNode comments,
      OffsetDateTime submittedAt,
      OffsetDateTime validatedAt) {}

  /** A saved draft. */
  public record Draft(
      String round,
      String organisation,
      JsonNode answers,
      JsonNode comments,
      OffsetDateTime savedAt) {}
}
