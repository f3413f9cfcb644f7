package se.enkat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;
import se.enkat.questionnaire.rules.RuleCompiler;

class PreviousYearTest {

  private static final Set<String> FOCUS_AREAS =
      Set.of(
          "identifying-care-injuries",
          "division-of-responsibility",
          "risk-assessment-and-training",
          "shared-forums-in-care-chains",
          "responsibility-for-risk-analyses");

  private static Questionnaire previous;
  private static DemoPlan plan2025;
  private static DemoPlan plan2024;

  @BeforeAll
  static void plans() {
    previous = PreviousYear.questionnaire2024();
    plan2025 = DemoPlan.for2025(PreviousYear.questionnaire2025(), Organisations2025.all());
    plan2024 = PreviousYear.plan2024(plan2025, previous);
  }

  @Test
  void onlyTheRewordedQuestionDiffersAndOnly2025MapsItWithABreak() {
    Questionnaire current = PreviousYear.questionnaire2025();
    assertThat(current.version()).isEqualTo(2);
    List<Question> before = previous.questions().toList();
    List<Question> after = current.questions().toList();
    assertThat(before).hasSameSizeAs(after);
    for (int i = 0; i < before.size(); i++) {
      boolean reworded = after.get(i).id().equals(PreviousYear.REWORDED);
      assertThat(before.get(i).id()).isEqualTo(after.get(i).id());
      assertThat(before.get(i).text().equals(after.get(i).text())).isEqualTo(!reworded);
      assertThat(before.get(i).series()).isNull();
      assertThat(after.get(i).series() != null).isEqualTo(reworded);
    }
    Question mapped =
        after.stream().filter(q -> q.id().equals(PreviousYear.REWORDED)).findFirst().orElseThrow();
    assertThat(mapped.series().seriesBreak()).isTrue();
    assertThat(mapped.series().note().en()).contains("reworded");
  }

  @Test
  void theSameOrganisationsAnswerIn2024WithValidAnswersSomeOfThemDifferent() {
    CompiledQuestionnaire compiled = CompiledQuestionnaire.compile(previous);
    assertThat(plan2024.respondents()).hasSize(281);
    assertThat(plan2024.silent()).isEqualTo(plan2025.silent());
    int changed = 0;
    for (int i = 0; i < plan2024.respondents().size(); i++) {
      RespondentScript earlier = plan2024.respondents().get(i);
      RespondentScript later = plan2025.respondents().get(i);
      assertThat(earlier.organisation()).isEqualTo(later.organisation());
      assertThat(compiled.evaluate(earlier.organisation(), earlier.finalAnswers()).violations())
          .as(earlier.organisation().code())
          .isEmpty();
      assertThat(earlier.steps()).hasSize(1);
      changed += earlier.finalAnswers().equals(later.finalAnswers()) ? 0 : 1;
    }
    assertThat(changed).isBetween(50, 250);
    // the same seed gives the same year before
    assertThat(PreviousYear.plan2024(plan2025, previous).respondents())
        .extracting(RespondentScript::finalAnswers)
        .isEqualTo(plan2024.respondents().stream().map(RespondentScript::finalAnswers).toList());
  }

  @Test
  void everyDevelopmentIndicatorIsInAFocusAreaAndCompiles() throws Exception {
    List<Map<String, Object>> requests = DevelopmentIndicators.requests();
    assertThat(requests).hasSize(9);
    assertThat(requests.stream().map(r -> r.get("focusArea")).distinct())
        .hasSize(5)
        .allMatch(FOCUS_AREAS::contains);
    for (Map<String, Object> request : requests) {
      RuleCompiler.compile((String) request.get("numerator"));
      RuleCompiler.compile((String) request.get("denominator"));
      assertThat(request).doesNotContainKey("description");
    }
  }

  @Test
  void the2024RoundIdSitsBesideThe2025One() {
    assertThat(DemoRunner.previousRoundId("patientsakerhet-2025"))
        .isEqualTo("patientsakerhet-2024");
    assertThat(DemoRunner.previousRoundId("e2e-demo")).isEqualTo("e2e-demo-2024");
  }
}
