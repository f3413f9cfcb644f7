package se.enkat.indicator.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import se.enkat.indicator.domain.CompiledIndicator;
import se.enkat.indicator.domain.IndicatorCompiler;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.indicator.domain.IndicatorSet;
import se.enkat.indicator.domain.InvalidIndicatorException;
import se.enkat.indicator.domain.RoundState;
import se.enkat.indicator.repository.IndicatorDefinitionRepository;
import se.enkat.indicator.repository.RoundRepository;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * Compiled indicator sets per round, cached by the round's definitions version: compiling CEL is
 * far dearer than evaluating it, and the version (read under the round lock) tells when a cached
 * set is stale, also when another instance added a definition.
 */
@ApplicationScoped
public class IndicatorSets {

  // Lenient: round.opened may carry questionnaire fields this service does not need.
  private static final ObjectMapper QUESTIONNAIRES =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private record Versioned(long version, IndicatorSet set) {}

  private final Map<String, Versioned> cache = new ConcurrentHashMap<>();
  private final IndicatorDefinitionRepository definitions;
  private final RoundRepository rounds;

  IndicatorSets(IndicatorDefinitionRepository definitions, RoundRepository rounds) {
    this.definitions = definitions;
    this.rounds = rounds;
  }

  /** The compiled definitions of an opened round, as of the state read under its lock. */
  public Uni<IndicatorSet> of(RoundState state) {
    Versioned cached = cache.get(state.round());
    if (cached != null && cached.version() == state.definitionsVersion()) {
      return Uni.createFrom().item(cached.set());
    }
    return rounds
        .questionnaire(state.round())
        .chain(
            questionnaire ->
                definitions
                    .byRound(state.round())
                    .map(list -> compile(questionIdsOf(questionnaire), list)))
        .invoke(set -> cache.put(state.round(), new Versioned(state.definitionsVersion(), set)));
  }

  /** The question ids of the round's questionnaire; empty for a round not opened. */
  public Uni<Set<String>> questionIds(String round) {
    return rounds.questionnaire(round).map(IndicatorSets::questionIdsOf);
  }

  static Set<String> questionIdsOf(String questionnaireJson) {
    return parse(questionnaireJson).questions().map(Question::id).collect(Collectors.toSet());
  }

  static Questionnaire parse(String questionnaireJson) {
    if (questionnaireJson == null) {
      return new Questionnaire(null, null, null, List.of());
    }
    try {
      return QUESTIONNAIRES.readValue(questionnaireJson, Questionnaire.class);
    } catch (IOException e) {
      throw new IllegalStateException("stored questionnaire is unreadable", e);
    }
  }

  private static IndicatorSet compile(Set<String> questionIds, List<IndicatorDefinition> list) {
    List<CompiledIndicator> compiled = new ArrayList<>(list.size());
    for (IndicatorDefinition definition : list) {
      try {
        compiled.add(IndicatorCompiler.compile(definition, questionIds));
      } catch (InvalidIndicatorException e) {
        // Every stored definition compiled when it was stored; this is a bug, not bad input.
        throw new IllegalStateException(
            "stored indicator " + definition.id() + " does not compile: " + e.getMessage(), e);
      }
    }
    return new IndicatorSet(compiled);
  }
}
