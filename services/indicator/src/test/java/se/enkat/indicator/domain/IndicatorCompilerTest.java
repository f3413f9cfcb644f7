package se.enkat.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.Questionnaires;

/** What a definition must be to be accepted, and the defaults a questionnaire gets. */
class IndicatorCompilerTest {

  private static final Set<String> QUESTIONS = Set.of("plan.exists", "plan.level");

  @Test
  void anExpressionThatDoesNotCompileIsRefusedWithTheField() {
    assertThatThrownBy(
            () -> IndicatorCompiler.compile(custom("answers['plan.exists'] ==", "true"), QUESTIONS))
        .isInstanceOf(InvalidIndicatorException.class)
        .hasMessageStartingWith("numerator does not compile");
  }

  @Test
  void aNonBooleanExpressionIsRefused() {
    assertThatThrownBy(
            () -> IndicatorCompiler.compile(custom("true", "answers['plan.exists']"), QUESTIONS))
        .isInstanceOf(InvalidIndicatorException.class)
        .hasMessageStartingWith("denominator is not boolean");
  }

  @Test
  void anUnknownQuestionIsRefusedByName() {
    assertThatThrownBy(
            () ->
                IndicatorCompiler.compile(
                    custom("answers['plan.exist'] == 'yes'", "true"), QUESTIONS))
        .isInstanceOf(InvalidIndicatorException.class)
        .hasMessage("numerator names unknown question 'plan.exist'");
  }

  @Test
  void referencesAreTheQuestionsBothExpressionsRead() throws Exception {
    assertThat(
            IndicatorCompiler.references(
                custom("answers['plan.level'] == 'political'", "'plan.exists' in answers"),
                QUESTIONS))
        .containsExactly("plan.level", "plan.exists");
  }

  @Test
  void the2025QuestionnaireGetsAShareForEveryYesNoQuestionAndADistributionForSingleChoice() {
    List<IndicatorDefinition> defaults = DefaultIndicators.of(Questionnaires.patientsakerhet2025());

    assertThat(defaults).hasSize(41);
    IndicatorDefinition exists = defaults.get(0);
    assertThat(exists.numerator()).isEqualTo("answers['plan.exists'] == 'yes'");
    assertThat(exists.denominator()).isEqualTo("'plan.exists' in answers");
    IndicatorDefinition level = defaults.get(1);
    assertThat(level.numerator()).isEqualTo("answers['plan.level'] == category");
    assertThat(level.categories())
        .extracting(IndicatorDefinition.Category::value)
        .containsExactly("political", "highest_official", "other_official", "dont_know");
  }

  private static IndicatorDefinition custom(String numerator, String denominator) {
    return new IndicatorDefinition(
        "x",
        IndicatorDefinition.Kind.CUSTOM,
        null,
        null,
        null,
        numerator,
        denominator,
        null,
        null,
        null);
  }
}
