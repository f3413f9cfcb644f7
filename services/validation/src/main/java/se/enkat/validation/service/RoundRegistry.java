package se.enkat.validation.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import se.enkat.validation.domain.RoundContext;
import se.enkat.validation.domain.RoundContexts;
import se.enkat.validation.messaging.EventJson;
import se.enkat.validation.repository.RoundRepository;
import se.enkat.validation.repository.RoundRepository.StoredRound;

/**
 * The rounds this instance can judge, each with its questionnaire compiled once. Filled when a
 * round.opened commits, and lazily from the database after a restart.
 */
@ApplicationScoped
public class RoundRegistry {

  private final Map<String, RoundContext> rounds = new ConcurrentHashMap<>();
  private final RoundRepository repository;

  RoundRegistry(RoundRepository repository) {
    this.repository = repository;
  }

  /** The round if this instance has it compiled already, else null. */
  public RoundContext cached(String round) {
    return rounds.get(round);
  }

  /** Forgets every compiled round, as a restart would; they are reloaded from the database. */
  public void clear() {
    rounds.clear();
  }

  /** Remembers a round whose round.opened has committed. */
  public void put(RoundContext context) {
    rounds.put(context.round(), context);
  }

  /**
   * The round from the cache, or from the database (compiled, then cached); empty when this service
   * has not learnt the round. Runs in the caller's session.
   */
  public Uni<Optional<RoundContext>> find(String round) {
    RoundContext cached = rounds.get(round);
    if (cached != null) {
      return Uni.createFrom().item(Optional.of(cached));
    }
    return repository.find(round).map(stored -> stored.map(this::compileAndCache));
  }

  private RoundContext compileAndCache(StoredRound stored) {
    return rounds.computeIfAbsent(
        stored.round(),
        round ->
            RoundContexts.build(
                round, stored.ref(), parse(stored.questionnaire()), stored.members()));
  }

  private static JsonNode parse(String json) {
    try {
      return EventJson.mapper().readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException("stored questionnaire is not JSON", e);
    }
  }
}
