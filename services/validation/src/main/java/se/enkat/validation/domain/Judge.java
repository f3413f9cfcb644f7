package se.enkat.validation.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.common.events.SubmissionRejected.Violation;
import se.enkat.questionnaire.eval.Evaluation;

/** Judges one submission revision against its round: the rule engine, plus the population. */
public final class Judge {

  /** Violation code of a submission from an organisation outside the round's population. */
  public static final String NOT_INVITED = "not_invited";

  /** The question a violation names when it concerns the whole submission, not one answer. */
  public static final String WHOLE_SUBMISSION = "$";

  private Judge() {}

  public static Judgement judge(RoundContext round, SubmissionReceived submission) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    Optional<Member> member = round.member(submission.organisation());
    if (member.isEmpty()) {
      // Collection refuses these already; judging them here too keeps a bad producer harmless.
      Violation notInvited =
          new Violation(
              WHOLE_SUBMISSION,
              NOT_INVITED,
              "organisation " + submission.organisation() + " is not invited to this round");
      return verdict(submission, null, Map.of(), List.of(notInvited), now);
    }
    Evaluation evaluation =
        round.questionnaire().evaluate(member.get().asOrganisation(), submission.answers());
    List<Violation> violations =
        evaluation.violations().stream()
            .map(v -> new Violation(v.question(), v.code().code(), v.message()))
            .toList();
    Map<String, Object> answers = violations.isEmpty() ? evaluation.answers() : Map.of();
    return verdict(submission, member.get(), answers, violations, now);
  }

  private static Judgement verdict(
      SubmissionReceived submission,
      Member member,
      Map<String, Object> answers,
      List<Violation> violations,
      OffsetDateTime now) {
    return new Judgement(
        submission.round(),
        submission.organisation(),
        submission.revision(),
        member,
        answers,
        violations,
        submission.submittedAt(),
        now);
  }
}
