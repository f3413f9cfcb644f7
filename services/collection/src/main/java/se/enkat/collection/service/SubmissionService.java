package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.enkat.collection.domain.SubmissionDraft;
import se.enkat.collection.domain.SubmissionRevision;
import se.enkat.collection.domain.SubmissionStatus;
import se.enkat.collection.repository.DraftRepository;
import se.enkat.collection.repository.RevisionEvent;
import se.enkat.collection.repository.RevisionRepository;
import se.enkat.collection.repository.SubmitRepository;
import se.enkat.collection.repository.SubmitRepository.NewRevision;
import se.enkat.collection.rest.SubmissionBody;
import se.enkat.collection.rest.SubmissionViews.Draft;
import se.enkat.collection.rest.SubmissionViews.Latest;
import se.enkat.collection.rest.SubmissionViews.Receipt;
import se.enkat.collection.rest.SubmissionViews.Submitted;
import se.enkat.collection.service.SubmissionAccess.Checked;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.time.Timestamps;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;

/**
 * Drafts and submissions of one organisation in one round. A submit stores a new revision as
 * RECEIVED and its {@code submission.received} event in one transaction, so a 202 is never lost.
 */
@ApplicationScoped
public class SubmissionService {

  private final SubmissionAccess access;
  private final SubmitRepository submits;
  private final RevisionRepository revisions;
  private final DraftRepository drafts;
  private final JsonCodec json;
  private final AnswerReviewService review;
  private final RoundClock clock;

  SubmissionService(
      SubmissionAccess access,
      SubmitRepository submits,
      RevisionRepository revisions,
      DraftRepository drafts,
      JsonCodec json,
      AnswerReviewService review,
      RoundClock clock) {
    this.access = access;
    this.submits = submits;
    this.revisions = revisions;
    this.drafts = drafts;
    this.json = json;
    this.review = review;
    this.clock = clock;
  }

  /**
   * Submits a new revision in one statement (see {@link SubmitRepository}). The same
   * Idempotency-Key with the same body replays the first receipt and stores nothing; with another
   * body it is 409.
   */
  public Uni<Submitted> submit(
      Caller caller, String round, String organisation, String key, SubmissionBody request) {
    caller.requireActFor(organisation);
    SubmissionBody body = SubmissionBody.checked(request);
    IdempotencyKeys.check(key);
    OffsetDateTime submittedAt = Timestamps.nowMicros();
    LocalDate today = clock.today();
    NewRevision revision =
        new NewRevision(
            round,
            organisation,
            key,
            today,
            json.write(body.answers()),
            json.write(body.comments()),
            submittedAt,
            caller.actor(),
            caller.admin(),
            caller.subject(),
            caller.name());
    return submits
        .submit(
            revision,
            RevisionEvent.of(round, organisation, body.answers(), body.comments(), submittedAt))
        .chain(outcome -> submitted(round, organisation, today, body, outcome));
  }

  private Uni<Submitted> submitted(
      String round,
      String organisation,
      LocalDate today,
      SubmissionBody body,
      SubmitRepository.Outcome outcome) {
    Checked checked = new Checked(round, organisation, outcome.status(), outcome.lastDay(), today);
    return switch (outcome.kind()) {
      case STORED ->
          Uni.createFrom()
              .item(new Submitted(receipt(round, organisation, outcome.revision()), false));
      case REPLAYED ->
          submits
              .answersOf(round, organisation, outcome.revision())
              .map(earlier -> replay(round, organisation, outcome.revision(), earlier, body));
      case UNKNOWN_ROUND -> throw SubmissionAccess.unknownRound(round);
      case NOT_INVITED -> {
        // Only opened rounds have invitations: a DRAFT round is "not open".
        checked.requireOpenNow();
        throw SubmissionAccess.notInvited(round, organisation);
      }
      case NOT_OPEN -> {
        checked.requireOpen();
        throw new IllegalStateException("Round " + round + " said not open, yet it is open.");
      }
    };
  }

  private Submitted replay(
      String round, String organisation, int revision, String[] earlier, SubmissionBody body) {
    if (!body.sameAs(json.read(earlier[0]), json.read(earlier[1]))) {
      throw ProblemException.conflict(
          "This Idempotency-Key was used for revision "
              + revision
              + " with another body; use a new key for a new submission.");
    }
    return new Submitted(receipt(round, organisation, revision), true);
  }

  /** Saves (replaces) the draft; the round must be OPEN and the organisation invited. */
  @WithTransaction
  public Uni<Draft> saveDraft(
      Caller caller, String round, String organisation, SubmissionBody request) {
    caller.requireActFor(organisation);
    SubmissionBody body = SubmissionBody.checked(request);
    return access
        .lockForSubmission(round, organisation)
        .chain(open -> open.requireOpen())
        .chain(() -> drafts.find(round, organisation))
        .chain(
            existing -> {
              SubmissionDraft draft = existing == null ? new SubmissionDraft() : existing;
              draft.roundId = round;
              draft.organisationCode = organisation;
              draft.answers = json.write(body.answers());
              draft.comments = json.write(body.comments());
              draft.savedAt = Timestamps.nowMicros();
              return drafts.persist(draft);
            })
        .map(this::draftView);
  }

  /** The saved draft; 404 when there is none. */
  @WithSession
  public Uni<Draft> draft(Caller caller, String round, String organisation) {
    caller.requireActFor(organisation);
    return access
        .requireInvited(caller, round, organisation)
        .chain(() -> drafts.find(round, organisation))
        .map(
            draft -> {
              if (draft == null) {
                throw ProblemException.notFound(
                    "Organisation " + organisation + " has no draft in round " + round + ".");
              }
              return draftView(draft);
            });
  }

  /** The latest revision with its status and violations; 404 before the first submit. */
  @WithSession
  public Uni<Latest> latest(Caller caller, String round, String organisation) {
    caller.requireActFor(organisation);
    return access
        .requireInvited(caller, round, organisation)
        .chain(() -> revisions.latest(round, organisation))
        .chain(
            revision -> {
              if (revision == null) {
                throw ProblemException.notFound(
                    "Organisation " + organisation + " has not submitted in round " + round + ".");
              }
              return review
                  .compiled(round)
                  .map(questionnaire -> latestView(revision, questionnaire));
            });
  }

  /** The revision; each violation gains {@code text: {sv, en}} beside its {@code message}. */
  private Latest latestView(SubmissionRevision revision, CompiledQuestionnaire questionnaire) {
    return new Latest(
        revision.roundId,
        revision.organisationCode,
        revision.revision,
        revision.status.name(),
        review.withTexts(
            revision.violations == null ? null : json.read(revision.violations), questionnaire),
        json.read(revision.answers),
        json.read(revision.comments),
        revision.submittedAt,
        revision.validatedAt,
        revision.onBehalf,
        revision.submittedBy);
  }

  private Draft draftView(SubmissionDraft draft) {
    return new Draft(
        draft.roundId,
        draft.organisationCode,
        json.read(draft.answers),
        json.read(draft.comments),
        draft.savedAt);
  }

  private static Receipt receipt(String round, String organisation, int revision) {
    return new Receipt(round, organisation, revision, SubmissionStatus.RECEIVED.name());
  }
}
