package se.enkat.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.enkat.questionnaire.eval.CompiledQuestionnaire;
import se.enkat.questionnaire.eval.Evaluation;
import se.enkat.questionnaire.eval.Organisation;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * The shared rule corpus (rule-corpus.json, also run by the web app's Vitest suite): every case's
 * visible questions and violations, or an expression's true/false/error, as the Java engine gives
 * them. A disagreement with the file fails here or in the browser engine's run.
 */
class RuleCorpusTest {

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
  private static final JsonNode CORPUS = load();
  private static final Map<String, CompiledQuestionnaire> COMPILED = new HashMap<>();

  @Test
  void theCorpusHasAtLeastTwoHundredCasesOfEveryKind() {
    List<String> kinds = new ArrayList<>();
    CORPUS.path("cases").forEach(c -> kinds.add(c.has("expression") ? "expression" : "form"));
    assertThat(kinds).hasSizeGreaterThanOrEqualTo(200).contains("expression", "form");
  }

  @TestFactory
  Stream<DynamicTest> everyCaseGivesTheCorpusOutcome() {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode c : CORPUS.path("cases")) {
      tests.add(DynamicTest.dynamicTest(c.path("name").asText(), () -> run(c)));
    }
    return tests.stream();
  }

  private static void run(JsonNode c) {
    Organisation org = organisation(c.path("org"));
    Map<String, Object> answers =
        new LinkedHashMap<>(QuestionnaireJson.mapper().convertValue(c.path("answers"), MAP));
    if (c.has("expression")) {
      String expression = c.path("expression").asText();
      CompiledQuestionnaire probe =
          COMPILED.computeIfAbsent("probe:" + expression, k -> probe(expression));
      answers.put("probe.constraint", "x");
      Evaluation evaluation = probe.evaluate(org, answers);
      boolean shown = evaluation.visible().contains("probe.relevant");
      boolean rejected =
          evaluation.violations().stream().anyMatch(v -> v.question().equals("probe.constraint"));
      String outcome =
          shown && !rejected ? "true" : !shown && rejected ? "false" : !shown ? "error" : "?";
      assertThat(outcome).as(expression).isEqualTo(c.path("result").asText());
      return;
    }
    String name = c.path("questionnaire").asText();
    Evaluation evaluation =
        COMPILED.computeIfAbsent(name, RuleCorpusTest::questionnaire).evaluate(org, answers);
    List<String> visible = new ArrayList<>();
    c.path("visible").forEach(v -> visible.add(v.asText()));
    List<String> violations = new ArrayList<>();
    c.path("violations")
        .forEach(v -> violations.add(v.path("question").asText() + " " + v.path("code").asText()));
    assertThat(evaluation.visible()).as("visible").isEqualTo(visible);
    assertThat(evaluation.violations().stream().map(v -> v.question() + " " + v.code().code()))
        .as("violations")
        .containsExactlyElementsOf(violations);
  }

  private static CompiledQuestionnaire questionnaire(String name) {
    JsonNode node = CORPUS.path("questionnaires").path(name);
    if (node.isTextual()) {
      return Questionnaires.patientsakerhet2025Compiled();
    }
    return CompiledQuestionnaire.compile(
        QuestionnaireJson.mapper()
            .convertValue(node, se.enkat.questionnaire.model.Questionnaire.class));
  }

  /** The types questionnaire with the expression as a relevant rule and as a constraint. */
  private static CompiledQuestionnaire probe(String expression) {
    ObjectNode types = CORPUS.path("questionnaires").path("types").deepCopy();
    ObjectNode section = ((ArrayNode) types.withArray("sections")).addObject();
    section.put("id", "probe");
    section.putObject("title").put("sv", "Prov").put("en", "Probe");
    ArrayNode questions = section.putArray("questions");
    for (String id : List.of("probe.relevant", "probe.constraint")) {
      ObjectNode q = questions.addObject();
      q.put("id", id).put("type", "text").put("required", false);
      q.putObject("text").put("sv", id).put("en", id);
      q.put(id.equals("probe.relevant") ? "relevant" : "constraint", expression);
    }
    return CompiledQuestionnaire.compile(
        QuestionnaireJson.mapper()
            .convertValue(types, se.enkat.questionnaire.model.Questionnaire.class));
  }

  private static Organisation organisation(JsonNode org) {
    return new Organisation(
        org.path("code").asText(null),
        OrganisationType.valueOf(org.path("type").asText()),
        org.path("county").asText(null));
  }

  private static JsonNode load() {
    try (InputStream in = RuleCorpusTest.class.getResourceAsStream("/rule-corpus.json")) {
      return QuestionnaireJson.mapper().readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("rule-corpus.json is unreadable", e);
    }
  }
}
