package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.collection.domain.SubmissionDraft;
import se.enkat.collection.domain.SubmissionRevision;
import se.enkat.collection.domain.SubmissionStatus;
import se.enkat.collection.repository.DraftRepository;
import se.enkat.collection.repository.RevisionRepository;
import se.enkat.collection.rest.SubmissionBody;
import se.enkat.collection.rest.SubmissionViews.Draft;
import se.enkat.collection.rest.SubmissionViews.Latest;
import se.enkat.collection.rest.SubmissionViews.Receipt;
import se.enkat.collection.rest.SubmissionViews.Submitted;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.time.Timestamps;
import se.enkat.messaging.Outbox;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;

/**
 * Drafts and submissions of one organisation in one round. A submit stores a new revision as
 * RECEIVED and its {@code submission.received} event in one transaction, so a 202 is never lost.
 */
@ApplicationScoped
public class SubmissionService {

  private final SubmissionAccess access;
  private final RevisionRepository revisions;
  private final DraftRepository drafts;
  private final Outbox outbox;
  private final JsonCodec json;
  private final AnswerReviewService review;
  private final AuditService audit;

  SubmissionService(
      SubmissionAccess access,
      RevisionRepository revisions,
      DraftRepository drafts,
      Outbox outbox,
      JsonCodec json,
      AnswerReviewService review,
      AuditService audit) {
    this.audit = audit;
    this.access = access;
    this.revisions = revisions;
    this.drafts = drafts;
    this.outbox = outbox;
    this.json = json;
    this.review = review;
  }

  /**
   * Submits a new revision. The same Idempotency-Key with the same body replays the first receipt
   * and stores nothing; with another body it is 409.
   */
  @WithTransaction
  public Uni<Submitted> submit(
      Caller caller, String round, String organisation, String key, SubmissionBody request) {
    caller.requireActFor(organisation);
    SubmissionBody body = SubmissionBody.checked(request);
    IdempotencyKeys.check(key);
    return access
        .lockForSubmission(round, organisation)
        .chain(
            open ->
                revisions
                    .numbers(round, organisation, key)
                    .chain(
                        numbers ->
                            numbers.withKey() != null
                                ? replay(round, organisation, numbers.withKey(), body)
                                : open.requireOpen()
                                    .chain(
                                        () ->
                                            store(
                                                caller,
                                                round,
                                                organisation,
                                                key,
                                                numbers.next(),
                                                body))));
  }

  private Uni<Submitted> replay(
      String round, String organisation, int revision, SubmissionBody body) {
    return revisions.find(round, organisation, revision).map(earlier -> replay(earlier, body));
  }

  private Submitted replay(SubmissionRevision earlier, SubmissionBody body) {
    if (!body.sameAs(json.read(earlier.answers), json.read(earlier.comments))) {
      throw ProblemException.conflict(
          "This Idempotency-Key was used for revision "
              + earlier.revision
              + " with another body; use a new key for a new submission.");
    }
    return new Submitted(receipt(earlier), true);
  }

  private Uni<Submitted> store(
      Caller caller,
      String round,
      String organisation,
      String key,
      int number,
      SubmissionBody body) {
    SubmissionRevision fresh = new SubmissionRevision();
    fresh.roundId = round;
    fresh.organisationCode = organisation;
    fresh.revision = number;
    fresh.answers = json.write(body.answers());
    fresh.comments = json.write(body.comments());
    fresh.status = SubmissionStatus.RECEIVED;
    fresh.submittedAt = Timestamps.nowMicros();
    fresh.idempotencyKey = key;
    fresh.submittedBy = caller.actor();
    fresh.onBehalf = caller.admin();
    return revisions
        .persist(fresh)
        .call(
            revision ->
                outbox.append(
                    new SubmissionReceived(
                        SubmissionReceived.SCHEMA_VERSION,
                        round,
                        organisation,
                        revision.revision,
                        body.answers(),
                        body.comments(),
                        revision.submittedAt)))
        .call(
            revision ->
                audit.record(
                    caller,
                    round,
                    "submission.submitted",
                    organisation,
                    "revision " + revision.revision))
        .map(revision -> new Submitted(receipt(revision), false));
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

  private static Receipt receipt(SubmissionRevision revision) {
    return new Receipt(
        revision.roundId,
        revision.organisationCode,
        revision.revision,
        SubmissionStatus.RECEIVED.name());
  }
}
