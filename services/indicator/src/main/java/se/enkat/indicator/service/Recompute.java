package se.enkat.indicator.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.indicator.domain.RoundState;
import se.enkat.indicator.repository.AnswerSetRepository;

/**
 * Computes every value of a round from scratch, from the stored latest accepted answers, and
 * replaces the stored cells with the result. Runs in the caller's transaction, under the lock.
 */
@ApplicationScoped
public class Recompute {

  private final IndicatorSets sets;
  private final AnswerSetRepository answers;
  private final ValueChanges values;

  Recompute(IndicatorSets sets, AnswerSetRepository answers, ValueChanges values) {
    this.sets = sets;
    this.answers = answers;
    this.values = values;
  }

  /** Emits the number of cells whose value changed. */
  public Uni<Integer> all(RoundState state, String cause) {
    return sets.of(state)
        .chain(
            set ->
                answers
                    .byRound(state.round())
                    .chain(
                        respondents ->
                            values.replaceAll(state.round(), cause, set.totals(respondents))));
  }
}
