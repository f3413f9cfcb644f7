package se.enkat.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.enkat.indicator.Answers2025;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Questionnaire;
import se.enkat.questionnaire.rules.RuleCompiler;
import se.enkat.questionnaire.rules.RuleResult;
import se.enkat.questionnaire.rules.RuleVariables;

/** The direct form of the default indicators' expressions answers exactly as CEL does. */
class ConditionsTest {

  private static final Questionnaire Q2025 = Questionnaires.patientsakerhet2025();

  @Test
  void everyDefaultExpressionOf2025HasADirectFormThatAgreesWithCel() throws Exception {
    List<String> sources = new ArrayList<>();
    for (IndicatorDefinition d : DefaultIndicators.of(Q2025)) {
      sources.add(d.denominator());
      if (d.isDistribution()) {
        String question = d.sourceQuestions().get(0);
        d.categories()
            .forEach(c -> sources.add(DefaultIndicators.answerIs(question, "'" + c.value() + "'")));
      } else {
        sources.add(d.numerator());
      }
    }
    List<Map<String, Object>> respondents = respondents();

    for (String source : sources) {
      Condition direct = Conditions.direct(source);
      assertThat(direct).as(source).isNotNull();
      var cel = RuleCompiler.compile(source);
      for (Map<String, Object> answers : respondents) {
        Map<String, Object> variables = RuleVariables.of(answers, Map.of("code", "0180"));
        assertThat(direct.holds(variables))
            .as(source + " with " + answers)
            .isEqualTo(cel.evaluate(variables) == RuleResult.TRUE);
      }
    }
  }

  @Test
  void otherExpressionsAreLeftToCel() throws Exception {
    assertThat(Conditions.direct("answers['plan.exists'] == 'yes' && 'plan.level' in answers"))
        .isNull();
    assertThat(Conditions.direct("answers['it\\'s'] == 'yes'")).isNull();
    Condition composite =
        Conditions.of(
            RuleCompiler.compile("answers['plan.exists'] == 'yes' && 'plan.level' in answers"));
    assertThat(composite.holds(RuleVariables.of(Map.of("plan.exists", "yes"), Map.of()))).isFalse();
    assertThat(
            composite.holds(
                RuleVariables.of(
                    Map.of("plan.exists", "yes", "plan.level", "political"), Map.of())))
        .isTrue();
  }

  /** Random valid answer sets of both types, plus answers of the wrong type and none at all. */
  private static List<Map<String, Object>> respondents() {
    Random random = new Random(7);
    List<Map<String, Object>> respondents = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      OrganisationType type = i % 2 == 0 ? OrganisationType.MUNICIPALITY : OrganisationType.REGION;
      respondents.add(Answers2025.random(Q2025, type, random));
    }
    respondents.add(Map.of());
    Map<String, Object> oddTypes = new HashMap<>();
    Q2025.questions().forEach(q -> oddTypes.put(q.id(), 1L));
    respondents.add(oddTypes);
    return respondents;
  }
}
