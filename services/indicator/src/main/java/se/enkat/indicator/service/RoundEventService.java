package se.enkat.indicator.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.indicator.domain.DefaultIndicators;
import se.enkat.indicator.domain.IndicatorCompiler;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.indicator.domain.InvalidIndicatorException;
import se.enkat.indicator.repository.IndicatorDefinitionRepository;
import se.enkat.indicator.repository.PopulationRepository;
import se.enkat.indicator.repository.RoundRepository;
import se.enkat.messaging.ProcessedEvents;

/** Applies round.opened and round.closed, each exactly once. */
@ApplicationScoped
public class RoundEventService {

  private static final Logger LOG = Logger.getLogger(RoundEventService.class);

  private final ProcessedEvents processed;
  private final RoundRepository rounds;
  private final PopulationRepository population;
  private final IndicatorDefinitionRepository definitions;
  private final IndicatorEvents events;
  private final Recompute recompute;
  private final FinalValues finals;

  RoundEventService(
      ProcessedEvents processed,
      RoundRepository rounds,
      PopulationRepository population,
      IndicatorDefinitionRepository definitions,
      IndicatorEvents events,
      Recompute recompute,
      FinalValues finals) {
    this.processed = processed;
    this.rounds = rounds;
    this.population = population;
    this.definitions = definitions;
    this.events = events;
    this.recompute = recompute;
    this.finals = finals;
  }

  /**
   * Stores the round and its population, creates and announces the default indicators, and, when
   * answers arrived before the round did (topics are not ordered with each other), computes their
   * values at once.
   */
  @WithTransaction
  public Uni<Void> opened(
      String eventId, RoundOpened data, List<IndicatorDefinition> defaultIndicators) {
    return processed
        .firstDelivery(Consumers.INDICATOR, eventId)
        .chain(first -> first ? applyOpened(data, defaultIndicators) : Uni.createFrom().voidItem());
  }

  @WithTransaction
  public Uni<Void> closed(String eventId, RoundClosed data) {
    return processed
        .firstDelivery(Consumers.INDICATOR, eventId)
        .chain(
            first ->
                first
                    ? rounds
                        .close(data.round(), data.closedAt(), data.revisionsReceived())
                        .chain(finals::announceIfDue)
                    : Uni.createFrom().voidItem());
  }

  private Uni<Void> applyOpened(RoundOpened data, List<IndicatorDefinition> defaults) {
    String round = data.round();
    return rounds
        .open(round, data.questionnaire(), data.title())
        .call(() -> population.insert(round, data.population()))
        .call(
            () ->
                definitions
                    .insertNew(round, defaults)
                    .chain(ids -> events.defined(round, stored(defaults, ids))))
        .call(state -> recompute.all(state, "round.opened"))
        .chain(finals::announceIfDue);
  }

  /**
   * The defaults of the questionnaire that compile; one that does not is logged and left out.
   * Compiling is slow the first time (it loads CEL): call it off the event loop.
   */
  public static List<IndicatorDefinition> defaults(String questionnaire) {
    Set<String> questionIds = IndicatorSets.questionIdsOf(questionnaire);
    List<IndicatorDefinition> usable = new ArrayList<>();
    for (IndicatorDefinition definition :
        DefaultIndicators.of(IndicatorSets.parse(questionnaire))) {
      try {
        IndicatorCompiler.compile(definition, questionIds);
        usable.add(definition);
      } catch (InvalidIndicatorException e) {
        LOG.warnf("Default indicator %s left out: %s", definition.id(), e.getMessage());
      }
    }
    return usable;
  }

  /**
   * {@link #defaults} on a worker thread (the first compilation loads the whole CEL runtime, too
   * long for an event loop), coming back on the caller's Vert.x context, where the transaction must
   * run. Compiled rules are cached, so the transaction compiles nothing again.
   */
  public static Uni<List<IndicatorDefinition>> defaultsOffTheEventLoop(String questionnaire) {
    Uni<List<IndicatorDefinition>> compiled = Uni.createFrom().item(() -> defaults(questionnaire));
    Context context = Vertx.currentContext();
    if (context == null) {
      return compiled;
    }
    return compiled
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .emitOn(command -> context.runOnContext(ignored -> command.run()));
  }

  private static List<IndicatorDefinition> stored(
      List<IndicatorDefinition> definitions, List<String> ids) {
    return definitions.stream().filter(d -> ids.contains(d.id())).toList();
  }
}
