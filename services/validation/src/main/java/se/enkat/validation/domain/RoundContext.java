package se.enkat.validation.domain;

import java.util.Map;
import java.util.Optional;
import se.enkat.common.events.RoundOpened.QuestionnaireRef;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;

/**
 * What judging a round's submissions needs: its questionnaire compiled once, and its population.
 * Immutable, shared by every submission of the round.
 */
public record RoundContext(
    String round,
    QuestionnaireRef questionnaireRef,
    CompiledQuestionnaire questionnaire,
    Map<String, Member> population) {

  public RoundContext {
    population = Map.copyOf(population);
  }

  public Optional<Member> member(String organisation) {
    return Optional.ofNullable(population.get(organisation));
  }
}
