package se.enkat.indicator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.common.problem.ProblemException;
import se.enkat.indicator.repository.RoundRepository;

/** Recomputes a round's values from its stored answers in one transaction, on request. */
@ApplicationScoped
public class RebuildService {

  private final RoundRepository rounds;
  private final Recompute recompute;

  RebuildService(RoundRepository rounds, Recompute recompute) {
    this.rounds = rounds;
    this.recompute = recompute;
  }

  /** Emits the number of cells whose value changed (0 when the values were right). */
  @WithTransaction
  public Uni<Integer> rebuild(String round) {
    return rounds
        .lock(round)
        .chain(
            state -> {
              if (state == null || !state.opened()) {
                throw ProblemException.notFound("No opened round " + round);
              }
              return recompute.all(state, "rebuild");
            });
  }
}
