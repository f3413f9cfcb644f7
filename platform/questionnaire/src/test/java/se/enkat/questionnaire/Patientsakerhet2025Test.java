package se.enkat.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.check.QuestionnaireChecker;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.eval.Evaluation;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.Choice;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;
import se.enkat.questionnaire.model.Section;

class Patientsakerhet2025Test {

  private static final Questionnaire Q = Questionnaires.patientsakerhet2025();
  private static final CompiledQuestionnaire COMPILED = CompiledQuestionnaire.compile(Q);
  private static final Organisation REGION = new Organisation("04", OrganisationType.REGION, "04");
  private static final Organisation MUNICIPALITY =
      new Organisation("0480", OrganisationType.MUNICIPALITY, "04");

  private static Question question(String id) {
    return Q.questions().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void passesTheChecker() {
    assertThat(QuestionnaireChecker.check(Q)).isEmpty();
    assertThat(Q.id()).isEqualTo("patientsakerhet-2025");
    assertThat(Q.version()).isEqualTo(1);
  }

  @Test
  void hasTheSectionsOfTheSeedWebinar() {
    assertThat(Q.sections().stream().map(Section::id))
        .containsExactly(
            "plan",
            "responsibility",
            "patient",
            "training",
            "risk",
            "care_injury",
            "competence",
            "hygiene",
            "collaboration");
    assertThat(Q.questions()).hasSize(44);
  }

  @Test
  void theLevelOfDecisionIsASingleChoiceFollowUpOfThePlan() {
    Question level = question("plan.level");
    assertThat(level.type()).isEqualTo("single_choice");
    assertThat(level.relevant()).isEqualTo("answers['plan.exists'] == 'yes'");
    assertThat(level.choices().stream().map(Choice::value))
        .containsExactly("political", "highest_official", "other_official", "dont_know");
    assertThat(level.choices().get(0).label().sv()).isEqualTo("Politisk nivå");
  }

  @Test
  void thePatientAsCoCreatorHasFiveRoutineQuestions() {
    assertThat(
            Q.sections().get(2).questions().stream()
                .filter(q -> q.type().equals("yes_no_dontknow"))
                .map(Question::id))
        .containsExactly(
            "patient.views",
            "patient.risk_analysis",
            "patient.self_monitoring",
            "patient.information",
            "patient.information_involvement");
  }

  @Test
  void everyTrainingRoutineHasTheTwoConditionalFollowUps() {
    List<String> bases =
        List.of(
            "training.intro.licensed",
            "training.intro.managers",
            "training.continuing.licensed",
            "training.continuing.managers",
            "training.continuing.unlicensed");
    for (String base : bases) {
      assertThat(question(base + ".documented").relevant())
          .isEqualTo("answers['" + base + "'] == 'yes'");
      assertThat(question(base + ".management_system").relevant())
          .isEqualTo("answers['" + base + ".documented'] == 'yes'");
    }
    // The seed prints "Fråga ställdes inte" for this question in both the region and the
    // municipality table, so it is not in the questionnaire at all.
    assertThat(Q.questions().map(Question::id))
        .noneMatch(id -> id.startsWith("training.intro.unlicensed"));
  }

  @Test
  void everyQuestionHasSwedishAndEnglishText() {
    assertThat(Q.questions()).allMatch(q -> q.text().isComplete());
  }

  @Test
  void theAnnualReportAsPlanIsAskedOfMunicipalitiesOnly() {
    assertThat(question("plan.psb").appliesTo()).containsExactly("MUNICIPALITY", "CITY_DISTRICT");
    assertThat(COMPILED.forType(OrganisationType.REGION).questions().map(Question::id))
        .doesNotContain("plan.psb");
  }

  @Test
  void aRegionAnsweringYesEverywhereIsAccepted() {
    Map<String, Object> answers = new java.util.LinkedHashMap<>();
    Q.questions()
        .filter(q -> q.appliesTo(OrganisationType.REGION))
        .forEach(
            q ->
                answers.put(
                    q.id(),
                    switch (q.type()) {
                      case "single_choice" -> "political";
                      case "text" -> "Markörbaserad journalgranskning";
                      default -> "yes";
                    }));
    Evaluation result = COMPILED.evaluate(REGION, answers);
    assertThat(result.violations()).isEmpty();
    assertThat(result.answers()).hasSize(43);
  }

  @Test
  void withoutAPlanItsFollowUpsMustNotBeAnswered() {
    Map<String, Object> answers = AnswerSets2025.complete(Q, MUNICIPALITY, new Random(7));
    answers.put("plan.exists", "no");
    answers.put("plan.level", "political");
    answers.remove("plan.psb");
    assertThat(COMPILED.evaluate(MUNICIPALITY, answers).violations())
        .extracting(v -> v.question() + ":" + v.code().code())
        .containsExactly("plan.level:not_relevant");
  }

  @Test
  void aRegionMustNotAnswerTheMunicipalityQuestion() {
    Map<String, Object> answers = AnswerSets2025.complete(Q, REGION, new Random(3));
    answers.put("plan.exists", "yes");
    answers.put("plan.level", "political");
    answers.put("plan.psb", "no");
    assertThat(COMPILED.evaluate(REGION, answers).violations())
        .extracting(v -> v.question() + ":" + v.code().code())
        .containsExactly("plan.psb:not_applicable");
  }

  @Test
  void survivesAJsonRoundTrip() throws Exception {
    assertThat(QuestionnaireJson.read(QuestionnaireJson.write(Q))).isEqualTo(Q);
  }
}
