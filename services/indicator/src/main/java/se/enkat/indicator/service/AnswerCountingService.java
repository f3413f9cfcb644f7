package se.enkat.indicator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.enkat.indicator.domain.AnswerMaps;
import se.enkat.indicator.domain.Respondent;
import se.enkat.indicator.domain.RoundState;
import se.enkat.indicator.repository.AnswerSetRepository;
import se.enkat.indicator.repository.AnswerSetRepository.NewAnswers;
import se.enkat.indicator.repository.AnswerSetRepository.Replacement;
import se.enkat.indicator.repository.RoundRepository;
import se.enkat.indicator.repository.VerdictRepository;
import se.enkat.indicator.repository.VerdictRepository.Outcome;
import se.enkat.messaging.ProcessedEvents;

/**
 * Applies verdicts exactly once, a batch at a time. An accepted revision newer than the stored one
 * replaces it: its contribution is added to every affected cell and the previous revision's
 * removed. A batch is one transaction: it records the event ids, the verdicts, the answers, the
 * summed change of every cell (one upsert per round) and its announcement, or none of these.
 * Applying a batch gives exactly the values of applying its verdicts one by one.
 */
@ApplicationScoped
public class AnswerCountingService {

  static final String ACCEPTED = "ACCEPTED";
  static final String REJECTED = "REJECTED";

  private final ProcessedEvents processed;
  private final VerdictRepository verdicts;
  private final RoundRepository rounds;
  private final AnswerSetRepository answers;
  private final IndicatorSets sets;
  private final ValueChanges values;
  private final FinalValues finals;

  AnswerCountingService(
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

  /** Applies a batch of verdicts in one transaction; redelivered events change nothing. */
  @WithTransaction
  public Uni<Void> apply(List<ConsumedVerdict> batch) {
    return processed
        .firstDeliveriesOf(Consumers.INDICATOR, batch, ConsumedVerdict::eventId)
        .chain(
            first -> {
              // Rounds in a fixed order: two transactions never wait for each other's locks.
              Map<String, List<ConsumedVerdict>> byRound = new TreeMap<>();
              first.forEach(v -> byRound.computeIfAbsent(v.round(), r -> new ArrayList<>()).add(v));
              Uni<Void> chain = Uni.createFrom().voidItem();
              for (Map.Entry<String, List<ConsumedVerdict>> round : byRound.entrySet()) {
                chain = chain.chain(() -> applyToRound(round.getKey(), round.getValue()));
              }
              return chain;
            });
  }

  /** Counts the round's new verdicts (which locks the round), then stores and applies answers. */
  private Uni<Void> applyToRound(String round, List<ConsumedVerdict> batch) {
    List<Outcome> outcomes =
        batch.stream().map(v -> new Outcome(v.organisation(), v.revision(), v.outcome())).toList();
    return verdicts
        .recordAll(round, outcomes)
        .chain(newVerdicts -> rounds.countVerdicts(round, newVerdicts))
        .call(state -> store(state, latestAcceptedPerOrganisation(batch)))
        .chain(finals::announceIfDue);
  }

  /**
   * Of several accepted revisions of one organisation in a batch only the newest can remain stored,
   * so only it is stored: the older ones would be replaced within the same transaction.
   */
  static List<NewAnswers> latestAcceptedPerOrganisation(List<ConsumedVerdict> batch) {
    Map<String, ConsumedVerdict> latest = new TreeMap<>();
    for (ConsumedVerdict v : batch) {
      if (v.isAccepted()) {
        latest.merge(v.organisation(), v, (a, b) -> b.revision() > a.revision() ? b : a);
      }
    }
    List<NewAnswers> newAnswers = new ArrayList<>(latest.size());
    for (ConsumedVerdict v : latest.values()) {
      var data = v.accepted();
      Respondent next =
          new Respondent(
              data.organisation(),
              data.organisationType(),
              data.county(),
              AnswerMaps.of(data.answers()));
      newAnswers.add(new NewAnswers(next, data.revision(), data.answers(), data.validatedAt()));
    }
    return newAnswers;
  }

  /** Before round.opened the answers are only stored: opening the round computes from them. */
  private Uni<Integer> store(RoundState state, List<NewAnswers> batch) {
    return answers
        .replaceAllIfNewer(state.round(), batch)
        .chain(
            replacements -> {
              if (!state.opened() || replacements.stream().noneMatch(Replacement::stored)) {
                return Uni.createFrom().item(0);
              }
              return sets.of(state)
                  .map(set -> AnswerChanges.of(set, replacements))
                  .chain(changes -> values.apply(state.round(), "submission.accepted", changes));
            });
  }
}
