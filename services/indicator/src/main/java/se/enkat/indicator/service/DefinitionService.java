package se.enkat.indicator.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.reference.FocusAreas;
import se.enkat.indicator.domain.CompiledIndicator;
import se.enkat.indicator.domain.DefinitionTexts;
import se.enkat.indicator.domain.IndicatorCompiler;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.indicator.domain.IndicatorSet;
import se.enkat.indicator.domain.InvalidIndicatorException;
import se.enkat.indicator.domain.RoundState;
import se.enkat.indicator.domain.WordedDefinition;
import se.enkat.indicator.repository.AnswerSetRepository;
import se.enkat.indicator.repository.IndicatorDefinitionRepository;
import se.enkat.indicator.repository.RoundRepository;

/**
 * Lists a round's definitions and adds custom ones: compiled and checked first, then stored,
 * announced, and computed at once from the answers already stored.
 */
@ApplicationScoped
public class DefinitionService {

  private final RoundRepository rounds;
  private final IndicatorDefinitionRepository definitions;
  private final AnswerSetRepository answers;
  private final ValueChanges values;
  private final IndicatorEvents events;

  DefinitionService(
      RoundRepository rounds,
      IndicatorDefinitionRepository definitions,
      AnswerSetRepository answers,
      ValueChanges values,
      IndicatorEvents events) {
    this.rounds = rounds;
    this.definitions = definitions;
    this.answers = answers;
    this.values = values;
    this.events = events;
  }

  /**
   * The round's definitions with their definitions in words, all of them or those of one focus
   * area.
   */
  @WithSession
  public Uni<List<WordedDefinition>> list(String round, String focusArea) {
    checkFocusArea(focusArea);
    return rounds
        .questionnaire(round)
        .chain(
            questionnaire -> {
              if (questionnaire == null) {
                throw ProblemException.notFound("No round " + round);
              }
              DefinitionTexts texts = new DefinitionTexts(IndicatorSets.parse(questionnaire));
              return definitions
                  .byRound(round)
                  .map(
                      list ->
                          texts.word(
                              list.stream()
                                  .filter(d -> focusArea == null || focusArea.equals(d.focusArea()))
                                  .toList()));
            });
  }

  /** Emits the stored definition, worded. */
  @WithTransaction
  public Uni<WordedDefinition> define(String round, IndicatorDefinition requested) {
    checkFocusArea(requested.focusArea());
    return rounds
        .lock(round)
        .chain(state -> existing(round, state, requested.id()))
        .chain(() -> rounds.questionnaire(round))
        .chain(
            questionnaire -> {
              Set<String> questionIds = IndicatorSets.questionIdsOf(questionnaire);
              DefinitionTexts texts = new DefinitionTexts(IndicatorSets.parse(questionnaire));
              return store(round, complete(requested, questionIds), questionIds).map(texts::word);
            });
  }

  /** A focus area, when given, must be one of the agency's five (400 naming the field). */
  private static void checkFocusArea(String focusArea) {
    if (focusArea != null && FocusAreas.find(focusArea).isEmpty()) {
      throw ProblemException.invalid(
          "focusArea", "unknown focus area '" + focusArea + "': one of " + FocusAreas.ids());
    }
  }

  private Uni<Void> existing(String round, RoundState state, String id) {
    if (state == null || !state.opened()) {
      throw ProblemException.notFound("No round " + round);
    }
    return definitions
        .byRound(round)
        .invoke(
            list -> {
              if (list.stream().anyMatch(d -> d.id().equals(id))) {
                throw ProblemException.conflict("Round " + round + " already has indicator " + id);
              }
            })
        .replaceWithVoid();
  }

  private Uni<IndicatorDefinition> store(
      String round, IndicatorDefinition definition, Set<String> questionIds) {
    CompiledIndicator compiled = compile(definition, questionIds);
    return rounds
        .lockForNewDefinitions(round)
        .chain(() -> definitions.insertNew(round, List.of(definition)))
        .invoke(
            ids -> {
              if (ids.isEmpty()) {
                throw ProblemException.conflict(
                    "Round " + round + " already has indicator " + definition.id());
              }
            })
        .chain(() -> events.defined(round, List.of(definition)))
        .chain(() -> answers.byRound(round))
        .map(respondents -> new IndicatorSet(List.of(compiled)).totals(respondents))
        .chain(totals -> values.add(round, "indicator.defined", totals))
        .replaceWith(definition);
  }

  /** Checks both expressions and the source questions; fills in the source questions if absent. */
  private static IndicatorDefinition complete(IndicatorDefinition d, Set<String> questionIds) {
    Set<String> references;
    try {
      references = IndicatorCompiler.references(d, questionIds);
    } catch (InvalidIndicatorException e) {
      throw invalid(e);
    }
    List<String> sources = d.sourceQuestions();
    List<Problem.Violation> unknown = new ArrayList<>();
    for (String source : sources) {
      if (!questionIds.contains(source)) {
        unknown.add(new Problem.Violation("sourceQuestions", "unknown question '" + source + "'"));
      }
    }
    if (!unknown.isEmpty()) {
      throw ProblemException.invalid("sourceQuestions names unknown questions", unknown);
    }
    return new IndicatorDefinition(
        d.id(),
        IndicatorDefinition.Kind.CUSTOM,
        d.title(),
        d.description(),
        d.focusArea(),
        d.numerator(),
        d.denominator(),
        d.direction(),
        sources.isEmpty() ? List.copyOf(references) : sources,
        List.of());
  }

  private static CompiledIndicator compile(IndicatorDefinition d, Set<String> questionIds) {
    try {
      return IndicatorCompiler.compile(d, questionIds);
    } catch (InvalidIndicatorException e) {
      throw invalid(e);
    }
  }

  private static ProblemException invalid(InvalidIndicatorException e) {
    return ProblemException.invalid(e.field(), e.getMessage());
  }
}
