package se.enkat.indicator.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.indicator.repository.CollectionClient;
import se.enkat.indicator.repository.IndicatorDefinitionRepository;
import se.enkat.indicator.repository.RoundRepository;

/**
 * Makes sure the service knows a round's questionnaire before an administrator reads or defines its
 * indicators, also for a round still in DRAFT or whose round.opened has not been consumed yet: it
 * then asks collection (with the administrator's own token) and stores the round and its default
 * indicators exactly as round.opened would. Both paths are idempotent, so whichever comes first
 * wins and the other changes nothing; round.opened still adds the population and opening time.
 */
@ApplicationScoped
public class RoundDiscovery {

  private static final Logger LOG = Logger.getLogger(RoundDiscovery.class);

  private final RoundRepository rounds;
  private final IndicatorDefinitionRepository definitions;
  private final IndicatorEvents events;
  private final CollectionClient collection;

  RoundDiscovery(
      RoundRepository rounds,
      IndicatorDefinitionRepository definitions,
      IndicatorEvents events,
      @RestClient CollectionClient collection) {
    this.rounds = rounds;
    this.definitions = definitions;
    this.events = events;
    this.collection = collection;
  }

  /** Completes once the round's questionnaire is stored here; 404 when collection has no round. */
  public Uni<Void> ensureKnown(String round, String authorization) {
    return known(round)
        .chain(known -> known ? Uni.createFrom().voidItem() : learn(round, authorization));
  }

  @WithSession
  public Uni<Boolean> known(String round) {
    return rounds.questionnaire(round).map(questionnaire -> questionnaire != null);
  }

  private Uni<Void> learn(String round, String authorization) {
    if (authorization == null) {
      return Uni.createFrom().failure(ProblemException.notFound("No round " + round));
    }
    return collection
        .round(authorization, round)
        .onFailure()
        .transform(failure -> problem(round, failure))
        .chain(
            view ->
                collection
                    .questionnaire(
                        authorization,
                        view.path("questionnaire").path("id").asText(),
                        view.path("questionnaire").path("version").asInt())
                    .onFailure()
                    .transform(failure -> problem(round, failure))
                    .chain(
                        questionnaire ->
                            RoundEventService.defaultsOffTheEventLoop(questionnaire.toString())
                                .chain(
                                    defaults ->
                                        store(round, questionnaire, view.get("title"), defaults))));
  }

  /** Stores a round learned from collection, with its defaults, as round.opened would. */
  @WithTransaction
  public Uni<Void> store(
      String round, JsonNode questionnaire, JsonNode title, List<IndicatorDefinition> defaults) {
    LOG.infof("Round %s learned from collection before round.opened", round);
    return rounds
        .learn(round, questionnaire, title)
        .chain(() -> definitions.insertNew(round, defaults))
        .chain(
            ids ->
                events.defined(round, defaults.stream().filter(d -> ids.contains(d.id())).toList()))
        .replaceWithVoid();
  }

  private static Throwable problem(String round, Throwable failure) {
    if (failure instanceof WebApplicationException web) {
      int status = web.getResponse().getStatus();
      if (status == 404) {
        return ProblemException.notFound("No round " + round);
      }
      if (status == 401 || status == 403) {
        return ProblemException.forbidden("Collection refused to show round " + round);
      }
    }
    if (failure instanceof WebApplicationException || failure instanceof ProcessingException) {
      LOG.warnf("Asking collection for round %s failed: %s", round, failure.toString());
      return new ProblemException(
          Problem.of(
              503,
              "Service unavailable",
              "Round " + round + " cannot be looked up in collection right now; try again."));
    }
    return failure;
  }
}
