package se.enkat.collection.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;
import se.enkat.questionnaire.model.LocalizedText;

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
      OffsetDateTime validatedAt,
      boolean onBehalf,
      String submittedBy) {}

  /** A violation as people read it: the contract's {question, code, message} and text {sv, en}. */
  public record ViolationView(String question, String code, String message, LocalizedText text) {}

  /** The verdict of "check my answers": nothing stored. */
  public record CheckResult(List<ViolationView> violations, List<String> visible) {}

  /** One revision in the list of all revisions; {@code counts} marks the latest accepted one. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record RevisionView(
      int revision,
      String status,
      JsonNode violations,
      JsonNode answers,
      JsonNode comments,
      OffsetDateTime submittedAt,
      OffsetDateTime validatedAt,
      boolean counts,
      boolean onBehalf,
      String submittedBy) {}

  /** A saved draft. */
  public record Draft(
      String round,
      String organisation,
      JsonNode answers,
      JsonNode comments,
      OffsetDateTime savedAt) {}
}
