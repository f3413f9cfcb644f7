package se.enkat.questionnaire.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static se.enkat.questionnaire.TestQuestionnaires.withQuestions;
import static se.enkat.questionnaire.TestQuestionnaires.withSections;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.model.Questionnaire;

class QuestionnaireCheckerTest {

  private static List<QuestionnaireViolation> check(Questionnaire q) {
    return QuestionnaireChecker.check(q);
  }

  private static List<String> lines(Questionnaire q) {
    return check(q).stream().map(QuestionnaireViolation::toString).toList();
  }

  @Test
  void aWellFormedQuestionnaireWithEveryFeatureHasNoViolations() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "a", "type": "yes_no_dontknow"},
              {"id": "a.level", "type": "single_choice", "relevant": "answers['a'] == 'yes'",
               "choices": [{"value": "x", "label": {"sv": "X", "en": "X"}},
                           {"value": "y", "label": {"sv": "Y", "en": "Y"}}]},
              {"id": "n", "type": "integer", "min": 0, "max": 10,
               "required": "org.type == 'REGION'",
               "constraint": "answers['n'] % 2 == 0",
               "constraintMessage": {"sv": "Jämnt", "en": "Even"}},
              {"id": "t", "type": "text", "maxLength": 10, "required": false,
               "appliesTo": ["MUNICIPALITY", "CITY_DISTRICT"]} ]
            """);
    assertThat(check(q)).isEmpty();
  }

  @Test
  void duplicateSectionIdsAreReported() {
    Questionnaire q =
        withSections(
            """
            [ {"id": "s", "title": {"sv": "S", "en": "S"}, "questions": [{"id": "a", "type": "text"}]},
              {"id": "s", "title": {"sv": "S", "en": "S"}, "questions": [{"id": "b", "type": "text"}]} ]
            """);
    assertThat(lines(q))
        .containsExactly("$.sections[1].id: duplicate section id 's' (first at $.sections[0].id)");
  }

  @Test
  void distinctSectionIdsAreAccepted() {
    Questionnaire q =
        withSections(
            """
            [ {"id": "s", "title": {"sv": "S", "en": "S"}, "questions": [{"id": "a", "type": "text"}]},
              {"id": "t", "title": {"sv": "T", "en": "T"}, "questions": [{"id": "b", "type": "text"}]} ]
            """);
    assertThat(check(q)).isEmpty();
  }

  @Test
  void duplicateQuestionIdsAreReportedAcrossSections() {
    Questionnaire q =
        withSections(
            """
            [ {"id": "s", "title": {"sv": "S", "en": "S"}, "questions": [{"id": "a", "type": "text"}]},
              {"id": "t", "title": {"sv": "T", "en": "T"}, "questions": [{"id": "a", "type": "text"}]} ]
            """);
    assertThat(lines(q))
        .containsExactly(
            "$.sections[1].questions[0].id: duplicate question id 'a'"
                + " (first at $.sections[0].questions[0].id)");
  }

  @Test
  void duplicateChoiceValuesWithinAQuestionAreReported() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "c", "type": "multi_choice",
               "choices": [{"value": "x", "label": {"sv": "X", "en": "X"}},
                           {"value": "x", "label": {"sv": "X2", "en": "X2"}}]} ]
            """);
    assertThat(lines(q))
        .containsExactly(
            "$.sections[0].questions[0].choices[1].value: duplicate choice value 'x'"
                + " (first at $.sections[0].questions[0].choices[0].value)");
  }

  @Test
  void theSameChoiceValueInTwoQuestionsIsFine() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "c", "type": "single_choice", "choices": [{"value": "x", "label": {"sv": "X", "en": "X"}}]},
              {"id": "d", "type": "single_choice", "choices": [{"value": "x", "label": {"sv": "X", "en": "X"}}]} ]
            """);
    assertThat(check(q)).isEmpty();
  }

  @Test
  void anUnknownQuestionTypeIsAViolationNotAParseError() {
    Questionnaire q = withQuestions("[{\"id\": \"a\", \"type\": \"slider\"}]");
    assertThat(lines(q))
        .singleElement()
        .asString()
        .startsWith(
            "$.sections[0].questions[0].type: unknown question type 'slider'; known: yes_no,");
  }

  @Test
  void everyContractTypeIsKnown() {
    for (String type : List.of("yes_no", "yes_no_dontknow", "integer", "decimal", "text", "date")) {
      assertThat(check(withQuestions("[{\"id\": \"a\", \"type\": \"" + type + "\"}]")))
          .as(type)
          .isEmpty();
    }
  }

  @Test
  void aMissingTypeIsReported() {
    assertThat(lines(withQuestions("[{\"id\": \"a\"}]")))
        .containsExactly("$.sections[0].questions[0].type: is required");
  }

  @Test
  void aChoiceTypeWithoutChoicesIsReported() {
    assertThat(lines(withQuestions("[{\"id\": \"a\", \"type\": \"single_choice\"}]")))
        .containsExactly(
            "$.sections[0].questions[0].choices: a single_choice question needs choices");
    assertThat(
            lines(withQuestions("[{\"id\": \"a\", \"type\": \"multi_choice\", \"choices\": []}]")))
        .containsExactly(
            "$.sections[0].questions[0].choices: a multi_choice question needs choices");
  }

  @Test
  void choicesOnAnotherTypeAreReported() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "a", "type": "yes_no", "choices": [{"value": "x", "label": {"sv": "X", "en": "X"}}]} ]
            """);
    assertThat(lines(q))
        .containsExactly(
            "$.sections[0].questions[0].choices: only single_choice and multi_choice questions have"
                + " choices");
  }

  @Test
  void minGreaterThanMaxIsReported() {
    assertThat(
            lines(
                withQuestions(
                    "[{\"id\": \"n\", \"type\": \"decimal\", \"min\": 10, \"max\": 2.5}]")))
        .containsExactly("$.sections[0].questions[0].min: min 10 is greater than max 2.5");
  }

  @Test
  void minEqualToMaxIsAccepted() {
    assertThat(
            check(
                withQuestions("[{\"id\": \"n\", \"type\": \"integer\", \"min\": 3, \"max\": 3}]")))
        .isEmpty();
  }

  @Test
  void rangesAndLengthsOnTheWrongTypeAreReported() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "a", "type": "text", "min": 1},
              {"id": "b", "type": "integer", "maxLength": 3},
              {"id": "c", "type": "text", "maxLength": 0} ]
            """);
    assertThat(lines(q))
        .containsExactly(
            "$.sections[0].questions[0].min: only integer and decimal questions have min",
            "$.sections[0].questions[1].maxLength: only text questions have maxLength",
            "$.sections[0].questions[2].maxLength: must be at least 1");
  }

  @Test
  void anExpressionThatDoesNotCompileIsReported() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "a", "type": "yes_no"},
              {"id": "b", "type": "yes_no", "relevant": "answers['a'] == "} ]
            """);
    assertThat(lines(q))
        .singleElement()
        .asString()
        .startsWith("$.sections[0].questions[1].relevant: expression does not compile: ");
  }

  @Test
  void everyViolationOfAQuestionNamesItsIdAlsoAnExpressionThatDoesNotCompile() {
    Questionnaire q =
        withSections(
            """
            [ {"id": "s", "title": {"sv": "S"}, "questions": [
                {"id": "a", "type": "yes_no", "relevant": "answers['a'] == "},
                {"id": "b", "type": "slider", "constraint": "answers['zz'] == 1"},
                {"type": "yes_no"}]} ]
            """);
    assertThat(check(q))
        .extracting(QuestionnaireViolation::field, QuestionnaireViolation::question)
        .containsExactlyInAnyOrder(
            tuple("$.sections[0].title", null),
            tuple("$.sections[0].questions[0].relevant", "a"),
            tuple("$.sections[0].questions[1].type", "b"),
            tuple("$.sections[0].questions[1].constraint", "b"),
            tuple("$.sections[0].questions[2].id", null));
    assertThat(check(q).get(0).line()).endsWith("(not about a question)");
    assertThat(
            check(q).stream()
                .filter(v -> v.field().endsWith(".relevant"))
                .findFirst()
                .orElseThrow()
                .line())
        .startsWith("$.sections[0].questions[0].relevant: expression does not compile")
        .endsWith("(question a)");
  }

  @Test
  void anExpressionUsingAnUndeclaredVariableIsReported() {
    Questionnaire q =
        withQuestions("[{\"id\": \"a\", \"type\": \"yes_no\", \"relevant\": \"user.admin\"}]");
    assertThat(lines(q))
        .singleElement()
        .asString()
        .startsWith("$.sections[0].questions[0].relevant: expression does not compile: ")
        .contains("user");
  }

  @Test
  void anExpressionThatIsNotBooleanIsReported() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "a", "type": "integer"},
              {"id": "b", "type": "yes_no", "required": "org.county",
               "constraint": "answers['b'] == 'yes'"} ]
            """);
    assertThat(lines(q))
        .containsExactly(
            "$.sections[0].questions[1].required: expression is not boolean: its type is string");
  }

  @Test
  void anExpressionNamingAnUnknownQuestionIsReportedInEveryForm() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "a", "type": "yes_no", "relevant": "answers['nope'] == 'yes'"},
              {"id": "b", "type": "yes_no", "relevant": "'gone' in answers"},
              {"id": "c", "type": "yes_no", "constraint": "has(answers.missing)"} ]
            """);
    assertThat(lines(q))
        .containsExactly(
            "$.sections[0].questions[0].relevant: expression names unknown question 'nope'",
            "$.sections[0].questions[1].relevant: expression names unknown question 'gone'",
            "$.sections[0].questions[2].constraint: expression names unknown question 'missing'");
  }

  @Test
  void aStringThatOnlyLooksLikeAnIdIsNotAReference() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "a", "type": "text"},
              {"id": "b", "type": "yes_no", "relevant": "'a' in answers && answers['a'] != 'nope'"} ]
            """);
    assertThat(check(q)).isEmpty();
  }

  @Test
  void aCycleAmongRelevantRulesIsReportedOnce() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "a", "type": "yes_no", "relevant": "answers['c'] == 'yes'"},
              {"id": "b", "type": "yes_no", "relevant": "answers['a'] == 'yes'"},
              {"id": "c", "type": "yes_no", "relevant": "answers['b'] == 'yes'"},
              {"id": "d", "type": "yes_no", "relevant": "answers['c'] == 'yes'"} ]
            """);
    assertThat(lines(q))
        .containsExactly(
            "$.sections[0].questions[0].relevant: cycle among relevant rules: a -> c -> b -> a");
  }

  @Test
  void aQuestionWhoseRelevanceReadsItselfIsACycle() {
    Questionnaire q =
        withQuestions(
            "[{\"id\": \"a\", \"type\": \"yes_no\", \"relevant\": \"answers['a'] == 'yes'\"}]");
    assertThat(lines(q))
        .containsExactly("$.sections[0].questions[0].relevant: cycle among relevant rules: a -> a");
  }

  @Test
  void aChainAndADiamondOfRelevantRulesAreNotCycles() {
    Questionnaire q =
        withQuestions(
            """
            [ {"id": "d", "type": "yes_no", "relevant": "answers['b'] == 'yes' && answers['c'] == 'yes'"},
              {"id": "b", "type": "yes_no", "relevant": "answers['a'] == 'yes'"},
              {"id": "c", "type": "yes_no", "relevant": "answers['a'] == 'yes'"},
              {"id": "a", "type": "yes_no"} ]
            """);
    assertThat(check(q)).isEmpty();
  }

  @Test
  void constraintsMayReadTheirOwnQuestionWithoutACycle() {
    Questionnaire q =
        withQuestions(
            "[{\"id\": \"n\", \"type\": \"integer\", \"constraint\": \"answers['n'] > 0\"}]");
    assertThat(check(q)).isEmpty();
  }

  @Test
  void anUnknownOrganisationTypeInAppliesToIsReported() {
    Questionnaire q =
        withQuestions(
            "[{\"id\": \"a\", \"type\": \"yes_no\", \"appliesTo\": [\"REGION\", \"COUNTY\"]}]");
    assertThat(lines(q))
        .containsExactly(
            "$.sections[0].questions[0].appliesTo[1]: unknown organisation type 'COUNTY'; known:"
                + " REGION, MUNICIPALITY, CITY_DISTRICT");
  }

  @Test
  void anEmptyAppliesToIsReported() {
    assertThat(lines(withQuestions("[{\"id\": \"a\", \"type\": \"yes_no\", \"appliesTo\": []}]")))
        .containsExactly(
            "$.sections[0].questions[0].appliesTo: must name at least one organisation type, or be"
                + " left out");
  }

  @Test
  void missingIdsTextsAndTitlesAreReported() {
    Questionnaire q =
        withSections(
            """
            [ {"title": {"sv": "S"}, "questions": [
                {"type": "yes_no"},
                {"id": "b", "type": "yes_no", "text": {"sv": "Fråga"}},
                {"id": "Bad Id", "type": "yes_no"}]} ]
            """);
    assertThat(lines(q))
        .containsExactly(
            "$.sections[0].id: is required",
            "$.sections[0].title: needs both sv and en",
            "$.sections[0].questions[0].id: is required",
            "$.sections[0].questions[1].text: needs both sv and en",
            "$.sections[0].questions[2].id: question id 'Bad Id' must be lower case letters,"
                + " digits, '_' and '.'");
  }

  @Test
  void anEmptyQuestionnaireIsReported() {
    assertThat(lines(new Questionnaire(null, 0, null, List.of())))
        .containsExactly(
            "$.id: is required",
            "$.version: must be a positive integer",
            "$.title: needs both sv and en",
            "$.sections: must contain at least one section");
  }

  @Test
  void requiredMustBeABooleanOrAnExpression() {
    assertThat(lines(withQuestions("[{\"id\": \"a\", \"type\": \"yes_no\", \"required\": 1}]")))
        .containsExactly(
            "$.sections[0].questions[0].required: must be true, false or a CEL expression");
    assertThat(check(withQuestions("[{\"id\": \"a\", \"type\": \"yes_no\", \"required\": false}]")))
        .isEmpty();
  }

  @Test
  void aConstraintMessageWithoutAConstraintIsReported() {
    Questionnaire q =
        withQuestions(
            "[{\"id\": \"a\", \"type\": \"yes_no\", \"constraintMessage\": {\"sv\": \"x\", \"en\": \"x\"}}]");
    assertThat(lines(q))
        .containsExactly(
            "$.sections[0].questions[0].constraintMessage: explains a constraint the question does"
                + " not have");
  }
}
