package se.enkat.questionnaire.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import se.enkat.questionnaire.AnswerSets2025;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;

class EvaluationPropertyTest {

  private static final Questionnaire Q2025 = Questionnaires.patientsakerhet2025();
  private static final CompiledQuestionnaire COMPILED_2025 = CompiledQuestionnaire.compile(Q2025);
  private static final List<CompiledQuestionnaire> BOTH =
      List.of(COMPILED_2025, EvaluatorFixtures.ALL_TYPES);

  @Property(tries = 500)
  void randomAnswerMapsNeverThrowAndGiveTheSameResultTwice(
      @ForAll("anyAnswers") Map<String, Object> answers,
      @ForAll("organisations") Organisation organisation) {
    for (CompiledQuestionnaire q : BOTH) {
      Evaluation first = q.evaluate(organisation, answers);
      Evaluation second = q.evaluate(organisation, new HashMap<>(answers));
      assertThat(second).isEqualTo(first);
      // Every accepted answer belongs to a question, and no question is both accepted and wrong.
      assertThat(first.answers().keySet())
          .doesNotContainAnyElementsOf(
              first.violations().stream().map(AnswerViolation::question).toList());
    }
  }

  @Property(tries = 300)
  void completeAnswerSetsFor2025GiveNoViolations(
      @ForAll("organisations") Organisation organisation, @ForAll long seed) {
    Map<String, Object> answers = AnswerSets2025.complete(Q2025, organisation, new Random(seed));
    Evaluation result = COMPILED_2025.evaluate(organisation, answers);
    assertThat(result.violations()).isEmpty();
    assertThat(result.answers()).isEqualTo(answers);
  }

  @Property(tries = 300)
  void answerSetsSatisfyingTheRulesOfEveryTypeGiveNoViolations(
      @ForAll("organisations") Organisation organisation, @ForAll long seed) {
    Map<String, Object> answers = AllTypesAnswers.valid(organisation, new Random(seed));
    Evaluation result = EvaluatorFixtures.ALL_TYPES.evaluate(organisation, answers);
    assertThat(result.violations()).isEmpty();
    assertThat(result.answers()).containsOnlyKeys(answers.keySet());
  }

  @Provide
  Arbitrary<Organisation> organisations() {
    return Arbitraries.of(OrganisationType.class)
        .flatMap(
            type ->
                Arbitraries.of("01", "04", "23", "25", null)
                    .map(county -> new Organisation(county, type, county)));
  }

  @Provide
  Arbitrary<Map<String, Object>> anyAnswers() {
    List<String> ids = new ArrayList<>();
    Q2025.questions().forEach(q -> ids.add(q.id()));
    EvaluatorFixtures.ALL_TYPES.questionnaire().questions().forEach(q -> ids.add(q.id()));
    Arbitrary<String> keys =
        Arbitraries.oneOf(Arbitraries.of(ids), Arbitraries.strings().ofMaxLength(12));
    return Arbitraries.maps(keys, values()).ofMaxSize(60);
  }

  private static Arbitrary<Object> values() {
    Arbitrary<Object> scalars =
        Arbitraries.oneOf(
            Arbitraries.of(
                "yes", "no", "dont_know", "political", "x", "y", "2025-01-31", "2025-13-01", ""),
            Arbitraries.strings().ofMaxLength(20),
            Arbitraries.integers(),
            Arbitraries.longs(),
            Arbitraries.doubles(),
            Arbitraries.bigDecimals(),
            Arbitraries.bigIntegers(),
            Arbitraries.of(true, false),
            Arbitraries.just(null));
    return Arbitraries.oneOf(
        scalars,
        scalars.list().ofMaxSize(4).map(list -> (Object) list),
        Arbitraries.maps(Arbitraries.strings().ofMaxLength(3), scalars)
            .ofMaxSize(2)
            .map(map -> (Object) map));
  }
}
