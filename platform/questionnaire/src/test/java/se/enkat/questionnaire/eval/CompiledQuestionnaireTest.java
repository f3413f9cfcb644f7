package se.enkat.questionnaire.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.enkat.questionnaire.eval.EvaluatorFixtures.ALL_TYPES;
import static se.enkat.questionnaire.eval.EvaluatorFixtures.MUNICIPALITY;
import static se.enkat.questionnaire.eval.EvaluatorFixtures.REGION;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.TestQuestionnaires;

class CompiledQuestionnaireTest {

  /** The smallest complete answer set for a region: a = no hides both follow-ups. */
  private static Map<String, Object> minimal() {
    Map<String, Object> answers = new HashMap<>();
    answers.put("a", "no");
    answers.put("regions.only", "yes");
    return answers;
  }

  private static Map<String, Object> with(Object... keyValues) {
    Map<String, Object> answers = minimal();
    for (int i = 0; i < keyValues.length; i += 2) {
      answers.put((String) keyValues[i], keyValues[i + 1]);
    }
    return answers;
  }

  private static List<String> codes(Evaluation evaluation) {
    return evaluation.violations().stream().map(v -> v.question() + ":" + v.code().code()).toList();
  }

  @Test
  void aMinimalCompleteAnswerSetIsAccepted() {
    Evaluation result = ALL_TYPES.evaluate(REGION, minimal());
    assertThat(result.violations()).isEmpty();
    assertThat(result.isAccepted()).isTrue();
    assertThat(result.answers())
        .containsExactly(Map.entry("a", "no"), Map.entry("regions.only", "yes"));
  }

  @Test
  void unknownQuestion() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("b.typo", "yes"))))
        .containsExactly("b.typo:unknown_question");
  }

  @Test
  void wrongType() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("a", true)))).containsExactly("a:wrong_type");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("staff", "12"))))
        .containsExactly("staff:wrong_type");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("staff", 2.5))))
        .containsExactly("staff:wrong_type");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("kinds", "x"))))
        .containsExactly("kinds:wrong_type");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("note", 5))))
        .containsExactly("note:wrong_type");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("since", 20250101))))
        .containsExactly("since:wrong_type");
  }

  @Test
  void rightTypesAreNormalised() {
    Evaluation result =
        ALL_TYPES.evaluate(
            REGION,
            with(
                "staff",
                12,
                "share",
                0,
                "kinds",
                List.of("y", "x", "y"),
                "note",
                "kort",
                "since",
                "2025-03-01",
                "level",
                "official"));
    assertThat(result.violations()).isEmpty();
    assertThat(result.answers())
        .containsEntry("staff", 12L)
        .containsEntry("share", 0.0)
        .containsEntry("kinds", List.of("y", "x"))
        .containsEntry("since", "2025-03-01")
        .containsEntry("level", "official");
  }

  @Test
  void aWholeNumberWrittenWithADecimalPointIsAnInteger() {
    assertThat(ALL_TYPES.evaluate(REGION, with("staff", 12.0)).answers())
        .containsEntry("staff", 12L);
  }

  @Test
  void notAChoice() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("a", "maybe"))))
        .containsExactly("a:not_a_choice");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("level", "mayor"))))
        .containsExactly("level:not_a_choice");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("kinds", List.of("x", "w")))))
        .containsExactly("kinds:not_a_choice");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("regions.only", "dont_know"))))
        .as("yes_no has no dont_know")
        .containsExactly("regions.only:not_a_choice");
  }

  @Test
  void required() {
    Map<String, Object> answers = minimal();
    answers.remove("a");
    assertThat(codes(ALL_TYPES.evaluate(REGION, answers))).containsExactly("a:required");
    answers.put("a", null);
    assertThat(codes(ALL_TYPES.evaluate(REGION, answers)))
        .as("null counts as unanswered")
        .containsExactly("a:required");
  }

  @Test
  void aFollowUpIsRequiredOnlyWhenItsRuleShowsIt() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("a", "yes"))))
        .containsExactly("a.follow:required");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("a", "yes", "a.follow", "no")))).isEmpty();
  }

  @Test
  void aRequiredRuleRequiresOnlyWhenTrue() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("a", "dont_know"))))
        .containsExactly("explain:required");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("a", "dont_know", "explain", "vet ej"))))
        .isEmpty();
  }

  @Test
  void notRelevant() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("a.follow", "yes"))))
        .containsExactly("a.follow:not_relevant");
  }

  @Test
  void aQuestionHiddenBecauseItsDependencyIsHiddenIsHiddenToo() {
    // deeper's own rule is true when a.follow is absent, but a.follow is hidden by a = no.
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("a.follow.deeper", "yes"))))
        .containsExactly("a.follow.deeper:not_relevant");
    assertThat(
            codes(
                ALL_TYPES.evaluate(
                    REGION, with("a", "yes", "a.follow", "yes", "a.follow.deeper", "no"))))
        .isEmpty();
  }

  @Test
  void anAnswerToAHiddenQuestionDoesNotFeedOtherRules() {
    // a = no hides a.follow; its (invalid) answer must not make deeper visible through the rule.
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("a.follow", "yes", "a.follow.deeper", "no"))))
        .containsExactly("a.follow:not_relevant", "a.follow.deeper:not_relevant");
  }

  @Test
  void notApplicable() {
    assertThat(codes(ALL_TYPES.evaluate(MUNICIPALITY, with("regions.only", "yes"))))
        .containsExactly("regions.only:not_applicable");
    Map<String, Object> answers = minimal();
    answers.remove("regions.only");
    assertThat(codes(ALL_TYPES.evaluate(MUNICIPALITY, answers)))
        .as("a question that does not apply is not required either")
        .isEmpty();
  }

  @Test
  void rulesSeeTheOrganisation() {
    Organisation elsewhere = new Organisation("0180", MUNICIPALITY.type(), "01");
    Map<String, Object> answers = minimal();
    answers.remove("regions.only");
    answers.put("jamtland", "yes");
    assertThat(codes(ALL_TYPES.evaluate(MUNICIPALITY, answers))).isEmpty();
    assertThat(codes(ALL_TYPES.evaluate(elsewhere, answers)))
        .containsExactly("jamtland:not_relevant");
  }

  @Test
  void constraintUsesTheQuestionsOwnMessage() {
    Evaluation result = ALL_TYPES.evaluate(REGION, with("staff", 7));
    assertThat(result.violations())
        .containsExactly(
            new AnswerViolation("staff", ViolationCode.CONSTRAINT, "Give an even number"));
    assertThat(ALL_TYPES.evaluate(REGION, with("staff", 8)).violations()).isEmpty();
  }

  @Test
  void outOfRange() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("staff", -2))))
        .containsExactly("staff:out_of_range");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("share", 1.01))))
        .containsExactly("share:out_of_range");
    assertThat(
            codes(ALL_TYPES.evaluate(REGION, with("share", 0, "staff", 1000, "staff.many", "no"))))
        .isEmpty();
  }

  @Test
  void tooLong() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("note", "sexton"))))
        .containsExactly("note:too_long");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("note", "femma")))).isEmpty();
  }

  @Test
  void invalidDate() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("since", "2025-02-30"))))
        .containsExactly("since:invalid_date");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("since", "1/3/2025"))))
        .containsExactly("since:invalid_date");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("since", "2024-02-29")))).isEmpty();
  }

  @Test
  void integerAnswersCompareAsCelInts() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("staff", 102))))
        .containsExactly("staff.many:required");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("staff", 100)))).isEmpty();
  }

  @Test
  void decimalAnswersCompareWithDoubleAndIntLiterals() {
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("share", 0.75))))
        .containsExactly("share.high:required", "share.any:required");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("share", 0.25))))
        .containsExactly("share.any:required");
    assertThat(codes(ALL_TYPES.evaluate(REGION, with("share", 0)))).isEmpty();
  }

  @Test
  void aRuleReadingAnUnansweredQuestionHidesInsteadOfFailing() {
    Map<String, Object> answers = minimal();
    answers.remove("a");
    // a is unanswered: answers['a'] is a CEL error, so a.follow is hidden and only a is missing.
    assertThat(codes(ALL_TYPES.evaluate(REGION, answers))).containsExactly("a:required");
  }

  @Test
  void answersCanComeAsJson() throws Exception {
    JsonNode json =
        QuestionnaireJson.mapper()
            .readTree(
                "{\"a\": \"yes\", \"a.follow\": \"no\", \"regions.only\": \"no\", \"staff\": 4}");
    Evaluation result = ALL_TYPES.evaluate(REGION, json);
    assertThat(result.violations()).isEmpty();
    assertThat(result.answers()).containsEntry("staff", 4L);
    assertThat(codes(ALL_TYPES.evaluate(REGION, QuestionnaireJson.mapper().readTree("[1]"))))
        .containsExactly("$:wrong_type");
  }

  @Test
  void violationsComeInQuestionnaireOrderAfterUnknownIds() {
    Map<String, Object> answers = with("zz", 1, "aa", 2, "note", "far too long", "a", "maybe");
    assertThat(codes(ALL_TYPES.evaluate(REGION, answers)))
        .containsExactly(
            "aa:unknown_question", "zz:unknown_question", "a:not_a_choice", "note:too_long");
  }

  @Test
  void compilingAnInvalidQuestionnaireFailsWithItsViolations() {
    var broken = TestQuestionnaires.withQuestions("[{\"id\": \"a\", \"type\": \"slider\"}]");
    assertThatThrownBy(() -> CompiledQuestionnaire.compile(broken))
        .isInstanceOfSatisfying(
            InvalidQuestionnaireException.class, e -> assertThat(e.violations()).hasSize(1));
  }

  @Test
  void forTypeLeavesOutQuestionsThatDoNotApply() {
    assertThat(ALL_TYPES.forType(MUNICIPALITY.type()).questions().map(q -> q.id()))
        .doesNotContain("regions.only")
        .contains("a", "jamtland");
    assertThat(ALL_TYPES.forType(REGION.type()).questions().map(q -> q.id()))
        .contains("regions.only");
  }
}
