package se.enkat.indicator.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.indicator.domain.RoundState;
import se.enkat.indicator.repository.RoundRepository;

/**
 * Announces round.values.final once: when the round is closed and as many verdicts have been
 * applied as it received revisions (docs/indicator.md explains why that count is enough).
 */
@ApplicationScoped
public class FinalValues {

  private final RoundRepository rounds;
  private final IndicatorEvents events;

  FinalValues(RoundRepository rounds, IndicatorEvents events) {
    this.rounds = rounds;
    this.events = events;
  }

  /** Call with the state read under the round's lock, after the verdict or close was applied. */
  public Uni<Void> announceIfDue(RoundState state) {
    if (!state.finalIsDue()) {
      return Uni.createFrom().voidItem();
    }
    return rounds
        .markFinal(state.round())
        .chain(
            marked ->
                marked
                    ? events.valuesFinal(state.round(), state.verdictsApplied())
                    : Uni.createFrom().voidItem());
  }
}
