package se.enkat.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static se.enkat.questionnaire.model.OrganisationType.MUNICIPALITY;
import static se.enkat.questionnaire.model.OrganisationType.REGION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.eval.AnswerViolation;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.eval.Evaluation;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.eval.ViolationCode;
import se.enkat.questionnaire.model.OrganisationType;

class DemoPlanTest {

  private static CompiledQuestionnaire questionnaire;
  private static DemoPlan plan;

  @BeforeAll
  static void plan() {
    questionnaire = Questionnaires.patientsakerhet2025Compiled();
    plan = DemoPlan.for2025(questionnaire.questionnaire(), Organisations2025.all());
  }

  @Test
  void allRegionsAnd260Of290MunicipalitiesAnswer() {
    assertThat(plan.respondentsOf(REGION)).isEqualTo(21);
    assertThat(plan.respondentsOf(MUNICIPALITY)).isEqualTo(260);
    assertThat(plan.invitedOf(MUNICIPALITY)).isEqualTo(290);
    assertThat(plan.silent()).hasSize(30).allMatch(o -> o.type() == MUNICIPALITY);
  }

  @Test
  void everyPossibleSeedFigureIsReproducedExactly() {
    for (OrganisationType type : List.of(REGION, MUNICIPALITY)) {
      for (SeedRow row : SeedFigures.rows()) {
        Target target = SeedFigures.target(row, type);
        Tally.Count count = Tally.count(plan, row, type);
        String what = row.indicator() + " " + row.category() + " " + type;
        assertThat(count.numerator()).as(what).isEqualTo(target.k());
        assertThat(count.denominator()).as(what).isEqualTo(target.n());
        if (target.status() != Target.Status.IMPOSSIBLE) {
          assertThat(count.percent()).as(what).isEqualTo(row.printed(type).percent());
        }
      }
    }
  }

  @Test
  void theFiveImpossibleRegionFiguresUseTheNearestPossibleOne() {
    List<String> impossible = new ArrayList<>();
    for (OrganisationType type : List.of(REGION, MUNICIPALITY)) {
      for (SeedRow row : SeedFigures.rows()) {
        Target target = SeedFigures.target(row, type);
        if (target.status() == Target.Status.IMPOSSIBLE) {
          impossible.add(type + " " + row.indicator() + " " + target.k() + "/" + target.n());
        }
      }
    }
    assertThat(impossible)
        .containsExactlyInAnyOrder(
            "REGION patient.views 19/21",
            "REGION care_injury.methods 17/21",
            "REGION competence.event_analysis 16/21",
            "REGION competence.improvement 17/21",
            "REGION hygiene.measures 19/21");
  }

  @Test
  void followUpsAreCountedOverThoseWhoAnsweredTheParentSo() {
    SeedRow political = SeedFigures.rows().get(0);
    assertThat(Tally.count(plan, political, REGION).denominator()).isEqualTo(20);
    assertThat(Tally.count(plan, political, MUNICIPALITY).denominator()).isEqualTo(172);
    long levels =
        SeedFigures.rows().stream()
            .filter(r -> r.category() != null)
            .mapToLong(r -> Tally.count(plan, r, MUNICIPALITY).numerator())
            .sum();
    assertThat(levels).isEqualTo(172);
  }

  @Test
  void everyFinalAnswerSetIsAccepted() {
    assertThat(plan.respondents()).hasSize(281);
    for (RespondentScript respondent : plan.respondents()) {
      Evaluation evaluation =
          questionnaire.evaluate(respondent.organisation(), respondent.finalAnswers());
      assertThat(evaluation.violations()).as(respondent.organisation().code()).isEmpty();
    }
  }

  @Test
  void everySubmissionIsAcceptedOrRejectedAsPlanned() {
    for (RespondentScript respondent : plan.respondents()) {
      List<Step> steps = respondent.steps();
      assertThat(steps.get(steps.size() - 1).answers()).isEqualTo(respondent.finalAnswers());
      for (Step step : steps) {
        if (step.kind() != Step.Kind.SUBMIT) {
          continue;
        }
        List<AnswerViolation> violations =
            questionnaire.evaluate(respondent.organisation(), step.answers()).violations();
        if (step.meantToBeRejected()) {
          assertThat(violations)
              .extracting(AnswerViolation::code)
              .contains(step.expectedViolation());
        } else {
          assertThat(violations).as(respondent.organisation().code()).isEmpty();
        }
      }
    }
  }

  @Test
  void fiveRespondentsMakeFiveDifferentMistakesFirst() {
    List<ViolationCode> mistakes =
        plan.respondents().stream()
            .flatMap(r -> r.steps().stream())
            .filter(Step::meantToBeRejected)
            .map(Step::expectedViolation)
            .toList();
    assertThat(mistakes)
        .containsExactlyInAnyOrder(
            ViolationCode.NOT_RELEVANT,
            ViolationCode.WRONG_TYPE,
            ViolationCode.REQUIRED,
            ViolationCode.NOT_A_CHOICE,
            ViolationCode.NOT_APPLICABLE);
  }

  @Test
  void someSaveADraftFirstAndSomeRevise() {
    long drafts = plan.respondents().stream().filter(RespondentScript::savesDraft).count();
    long revisers = plan.respondents().stream().filter(RespondentScript::revises).count();
    assertThat(drafts).isBetween(60L, 160L);
    assertThat(revisers).isBetween(20L, 100L);
    for (RespondentScript reviser :
        plan.respondents().stream().filter(RespondentScript::revises).toList()) {
      Step first =
          reviser.steps().stream()
              .filter(s -> s.kind() == Step.Kind.SUBMIT)
              .findFirst()
              .orElseThrow();
      assertThat(first.answers()).isNotEqualTo(reviser.finalAnswers());
    }
  }

  @Test
  void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
    List<Organisation> all = Organisations2025.all();
    DemoPlan again = DemoPlan.for2025(questionnaire.questionnaire(), all);
    DemoPlan other =
        DemoPlan.create(
            questionnaire.questionnaire(),
            all,
            Map.of(REGION, 21, MUNICIPALITY, 260),
            DemoPlan.DEFAULT_SEED + 1);

    assertThat(again).isEqualTo(plan);
    assertThat(other.respondents()).isNotEqualTo(plan.respondents());
  }

  @Test
  void aSmallPopulationGetsTheSameFlowScaledDown() {
    List<Organisation> small =
        Organisations2025.all().stream()
            .filter(
                o ->
                    List.of("03", "09", "23", "0114", "0180", "0380", "0581", "0980", "2584")
                        .contains(o.code()))
            .toList();
    DemoPlan tiny =
        DemoPlan.create(
            questionnaire.questionnaire(), small, Map.of(REGION, 3, MUNICIPALITY, 5), 7);

    assertThat(tiny.respondents()).hasSize(8);
    assertThat(tiny.silent()).hasSize(1);
    assertThat(tiny.respondents().stream().filter(RespondentScript::submitsInvalidFirst).count())
        .isGreaterThanOrEqualTo(3);
    for (RespondentScript respondent : tiny.respondents()) {
      assertThat(
              questionnaire
                  .evaluate(respondent.organisation(), respondent.finalAnswers())
                  .violations())
          .isEmpty();
    }
  }
}
