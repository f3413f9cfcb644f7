package se.enkat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.rules.Rule;
import se.enkat.questionnaire.rules.RuleCompiler;
import se.enkat.questionnaire.rules.RuleResult;

class CompositeIndicatorsTest {

  @Test
  void everyCompositeSeedRowGetsADefinitionWithAnIdTheApiAccepts() {
    List<Map<String, Object>> definitions = CompositeIndicators.definitions();

    assertThat(definitions)
        .extracting(d -> (String) d.get("id"))
        .containsExactly(
            "composite.training.intro.licensed.management_system",
            "composite.training.intro.managers.management_system",
            "composite.training.continuing.licensed.management_system",
            "composite.training.continuing.managers.management_system",
            "composite.training.continuing.unlicensed.management_system",
            "composite.hygiene.results_used",
            "composite.hygiene.documented.management_system")
        .allMatch(id -> id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*") && id.length() <= 100);
  }

  @Test
  void theCelDefinitionsCountWhatTheTallyCountsOverThe2025Answers() throws Exception {
    DemoPlan plan = DemoPlan.for2025(Questionnaires.patientsakerhet2025(), Organisations2025.all());
    List<Map<String, Object>> definitions = CompositeIndicators.definitions();
    List<SeedRow> composites = SeedFigures.rows().stream().filter(SeedRow::composite).toList();

    for (int i = 0; i < composites.size(); i++) {
      Rule numerator = RuleCompiler.compile((String) definitions.get(i).get("numerator"));
      Rule denominator = RuleCompiler.compile((String) definitions.get(i).get("denominator"));
      for (OrganisationType type :
          List.of(OrganisationType.REGION, OrganisationType.MUNICIPALITY)) {
        long k = 0;
        long n = 0;
        for (RespondentScript respondent : plan.respondents()) {
          if (respondent.organisation().type() != type) {
            continue;
          }
          Map<String, Object> variables =
              Map.of(
                  "answers",
                  respondent.finalAnswers(),
                  "org",
                  respondent.organisation().asRuleVariable());
          if (denominator.evaluate(variables) == RuleResult.TRUE) {
            n++;
            if (numerator.evaluate(variables) == RuleResult.TRUE) {
              k++;
            }
          }
        }
        Tally.Count expected = Tally.count(plan, composites.get(i), type);
        assertThat(k)
            .as(composites.get(i).indicator() + " " + type)
            .isEqualTo(expected.numerator());
        assertThat(n)
            .as(composites.get(i).indicator() + " " + type)
            .isEqualTo(expected.denominator());
      }
    }
  }
}
