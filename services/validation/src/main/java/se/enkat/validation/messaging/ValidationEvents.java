package se.enkat.validation.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundOpened.QuestionnaireRef;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.common.events.Topics;
import se.enkat.messaging.OutboxMessage;
import se.enkat.validation.domain.Verdict;

/** The events this service writes: one per verdict, on enkat.validations.v1. */
public final class ValidationEvents {

  /** The CloudEvents {@code source} of every event this service writes. */
  public static final String SOURCE = "/enkat/validation";

  private ValidationEvents() {}

  public static OutboxMessage of(Verdict verdict, QuestionnaireRef ref, JsonNode comments) {
    String key = EventKeys.submission(verdict.round(), verdict.organisation());
    // The subject names the judged revision the way collection names it in submission.received.
    String subject =
        "rounds/"
            + verdict.round()
            + "/submissions/"
            + verdict.organisation()
            + "/revisions/"
            + verdict.revision();
    if (verdict.accepted()) {
      return OutboxMessage.of(
          Topics.VALIDATIONS,
          key,
          EventTypes.SUBMISSION_ACCEPTED,
          SOURCE,
          subject,
          EventJson.write(accepted(verdict, ref, comments)));
    }
    return OutboxMessage.of(
        Topics.VALIDATIONS,
        key,
        EventTypes.SUBMISSION_REJECTED,
        SOURCE,
        subject,
        EventJson.write(rejected(verdict, ref)));
  }

  static SubmissionAccepted accepted(Verdict verdict, QuestionnaireRef ref, JsonNode comments) {
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

  static SubmissionRejected rejected(Verdict verdict, QuestionnaireRef ref) {
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
