package se.enkat.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import se.enkat.common.events.EventData;
import se.enkat.common.events.RoundOpened.QuestionnaireRef;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.messaging.OutboxMessage;
import se.enkat.validation.domain.Judgement;

/** The events this service writes: one per verdict, on enkat.validations.v1. */
public final class ValidationEvents {

  private ValidationEvents() {}

  /** The verdict's event: submission.accepted or submission.rejected. */
  public static EventData data(Judgement verdict, QuestionnaireRef ref, JsonNode comments) {
    return verdict.accepted() ? accepted(verdict, ref, comments) : rejected(verdict, ref);
  }

  /** The verdict's event as the outbox writes it (envelope and data). */
  public static OutboxMessage of(Judgement verdict, QuestionnaireRef ref, JsonNode comments) {
    return OutboxMessage.of(data(verdict, ref, comments));
  }

  static SubmissionAccepted accepted(Judgement verdict, QuestionnaireRef ref, JsonNode comments) {
    return new SubmissionAccepted(
        SubmissionAccepted.SCHEMA_VERSION,
        verdict.round(),
        verdict.organisation(),
        verdict.member().type().name(),
        verdict.member().county(),
        verdict.revision(),
        ref,
        EventJson.tree(verdict.answers()),
        comments == null || comments.isNull() ? JsonNodeFactory.instance.objectNode() : comments,
        verdict.submittedAt(),
        verdict.validatedAt());
  }

  static SubmissionRejected rejected(Judgement verdict, QuestionnaireRef ref) {
    return new SubmissionRejected(
        SubmissionRejected.SCHEMA_VERSION,
        verdict.round(),
        verdict.organisation(),
        verdict.revision(),
        ref,
        verdict.violations(),
        verdict.submittedAt(),
        verdict.validatedAt());
  }
}
