package se.enkat.indicator.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import se.enkat.common.problem.ProblemException;
import se.enkat.indicator.domain.Cell;
import se.enkat.indicator.domain.TypeCount;
import se.enkat.indicator.repository.IndicatorValueRepository;
import se.enkat.indicator.repository.PopulationRepository;
import se.enkat.indicator.repository.RoundRepository;

/** Reads provisional values and the response rate of a round. */
@ApplicationScoped
public class ValueQueryService {

  private final RoundRepository rounds;
  private final IndicatorValueRepository values;
  private final PopulationRepository population;

  ValueQueryService(
      RoundRepository rounds, IndicatorValueRepository values, PopulationRepository population) {
    this.rounds = rounds;
    this.values = values;
    this.population = population;
  }

  /** Filters are null for "any". */
  @WithSession
  public Uni<List<Cell>> values(
      String round,
      String level,
      String type,
      String county,
      String organisation,
      String indicator) {
    return requireOpened(round)
        .chain(() -> values.query(round, level, type, county, organisation, indicator));
  }

  @WithSession
  public Uni<List<TypeCount>> responseRate(String round) {
    return requireOpened(round).chain(() -> population.responseRate(round));
  }

  private Uni<Void> requireOpened(String round) {
    return rounds
        .questionnaire(round)
        .invoke(
            questionnaire -> {
              if (questionnaire == null) {
                throw ProblemException.notFound("No opened round " + round);
              }
            })
        .replaceWithVoid();
  }
}
