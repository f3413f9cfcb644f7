package se.enkat.questionnaire.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleCompilerTest {

  private static RuleResult eval(String source, Map<String, Object> answers) throws Exception {
    return RuleCompiler.compile(source)
        .evaluate(RuleVariables.of(answers, Map.of("type", "MUNICIPALITY", "county", "23")));
  }

  @Test
  void theExamplesInTheDocumentationCompileAndEvaluate() throws Exception {
    Map<String, Object> answers =
        Map.of(
            "plan.exists",
            "yes",
            "patient.views",
            "no",
            "staff",
            120L,
            "share",
            0.75,
            "kinds",
            List.of("audit", "survey"),
            "since",
            "2025-03-01");
    for (String source :
        List.of(
            "answers['plan.exists'] == 'yes'",
            "answers['plan.exists'] == 'yes' && org.type == 'MUNICIPALITY'",
            "'patient.views' in answers",
            "answers['staff'] > 100",
            "answers['share'] > 0.5 || answers['share'] > 0",
            "answers['kinds'].exists(k, k == 'audit')",
            "answers['since'] >= '2025-01-01'",
            "org.county == '23'")) {
      assertThat(eval(source, answers)).as(source).isEqualTo(RuleResult.TRUE);
    }
  }

  @Test
  void anIntLiteralComparesWithADecimalAnswer() throws Exception {
    assertThat(eval("answers['share'] > 0", Map.of("share", 0.0))).isEqualTo(RuleResult.FALSE);
    assertThat(eval("answers['share'] == 1", Map.of("share", 1.0))).isEqualTo(RuleResult.TRUE);
  }

  @Test
  void aMissingKeyIsAnErrorNotAnException() throws Exception {
    assertThat(eval("answers['plan.exists'] == 'yes'", Map.of())).isEqualTo(RuleResult.ERROR);
    assertThat(eval("answers['x'] > 3", Map.of("x", "text"))).isEqualTo(RuleResult.ERROR);
  }

  @Test
  void referencesAreReadFromTheSyntaxTree() throws Exception {
    Rule rule =
        RuleCompiler.compile(
            "answers['a.b'] == 'yes' && 'c' in answers && has(answers.d) && org.code == 'e'");
    assertThat(rule.references()).containsExactly("a.b", "c", "d");
  }

  @Test
  void nonBooleanAndBrokenExpressionsAreRefused() {
    assertThatThrownBy(() -> RuleCompiler.compile("answers['a']"))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessage("is not boolean: its type is dyn");
    assertThatThrownBy(() -> RuleCompiler.compile("answers['a'] =="))
        .isInstanceOf(InvalidRuleException.class)
        .hasMessageStartingWith("does not compile: ");
  }
}
