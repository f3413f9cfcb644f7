package se.enkat.indicator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.indicator.domain.AnswerMaps;
import se.enkat.indicator.domain.Respondent;
import se.enkat.indicator.domain.RoundState;
import se.enkat.indicator.repository.AnswerSetRepository;
import se.enkat.indicator.repository.AnswerSetRepository.Replacement;
import se.enkat.indicator.repository.RoundRepository;
import se.enkat.indicator.repository.VerdictRepository;
import se.enkat.messaging.ProcessedEvents;

/**
 * Applies verdicts exactly once. An accepted revision newer than the stored one replaces it: its
 * contribution is added to every affected cell and the previous revision's removed, in the
 * transaction that records the event id, together with the announcement of the changed cells.
 */
@ApplicationScoped
public class VerdictService {

  static final String ACCEPTED = "ACCEPTED";
  static final String REJECTED = "REJECTED";

  private final ProcessedEvents processed;
  private final VerdictRepository verdicts;
  private final RoundRepository rounds;
  private final AnswerSetRepository answers;
  private final IndicatorSets sets;
  private final ValueChanges values;
  private final FinalValues finals;

  VerdictService(
      ProcessedEvents processed,
      VerdictRepository verdicts,
      RoundRepository rounds,
      AnswerSetRepository answers,
      IndicatorSets sets,
      ValueChanges values,
      FinalValues finals) {
    this.processed = processed;
    this.verdicts = verdicts;
    this.rounds = rounds;
    this.answers = answers;
    this.sets = sets;
    this.values = values;
    this.finals = finals;
  }

  @WithTransaction
  public Uni<Void> accepted(String eventId, SubmissionAccepted data) {
    Respondent next =
        new Respondent(
            data.organisation(),
            data.organisationType(),
            data.county(),
            AnswerMaps.of(data.answers()));
    return processed
        .firstDelivery(Consumers.INDICATOR, eventId)
        .chain(
            first ->
                first
                    ? countVerdict(data.round(), data.organisation(), data.revision(), ACCEPTED)
                        .call(state -> store(state, next, data))
                        .chain(finals::announceIfDue)
                    : Uni.createFrom().voidItem());
  }

  @WithTransaction
  public Uni<Void> rejected(String eventId, SubmissionRejected data) {
    return processed
        .firstDelivery(Consumers.INDICATOR, eventId)
        .chain(
            first ->
                first
                    ? countVerdict(data.round(), data.organisation(), data.revision(), REJECTED)
                        .chain(finals::announceIfDue)
                    : Uni.createFrom().voidItem());
  }

  /** Records the revision's verdict and locks the round; a verdict seen before counts once. */
  private Uni<RoundState> countVerdict(
      String round, String organisation, int revision, String outcome) {
    return verdicts
        .record(round, organisation, revision, outcome)
        .chain(isNew -> rounds.countVerdicts(round, isNew ? 1 : 0));
  }

  private Uni<Integer> store(RoundState state, Respondent next, SubmissionAccepted data) {
    return answers
        .replaceIfNewer(data.round(), next, data.revision(), data.answers(), data.validatedAt())
        .chain(replacement -> applyChange(state, replacement, next));
  }

  /** Before round.opened the answers are only stored: opening the round computes from them. */
  private Uni<Integer> applyChange(RoundState state, Replacement replacement, Respondent next) {
    if (!replacement.stored() || !state.opened()) {
      return Uni.createFrom().item(0);
    }
    return sets.of(state)
        .map(set -> set.delta(replacement.previous(), next))
        .chain(delta -> values.add(state.round(), "submission.accepted", delta));
  }
}
