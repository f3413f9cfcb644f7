package se.enkat.indicator.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.enkat.common.reference.DefinitionWording;
import se.enkat.common.reference.DefinitionWording.QuestionText;
import se.enkat.common.reference.Text;
import se.enkat.questionnaire.model.Questionnaire;

/** Words a round's definitions from its questionnaire's question texts. */
public final class DefinitionTexts {

  private final Map<String, QuestionText> questions = new HashMap<>();

  public DefinitionTexts(Questionnaire questionnaire) {
    questionnaire
        .questions()
        .forEach(
            q ->
                questions.put(
                    q.id(),
                    new QuestionText(
                        q.text() == null ? null : new Text(q.text().sv(), q.text().en()),
                        q.type())));
  }

  public WordedDefinition word(IndicatorDefinition d) {
    return new WordedDefinition(
        d,
        DefinitionWording.of(
            d.kind().name(),
            text(d.description()),
            d.isDistribution(),
            d.sourceQuestions(),
            questions));
  }

  public List<WordedDefinition> word(List<IndicatorDefinition> definitions) {
    return definitions.stream().map(this::word).toList();
  }

  private static Text text(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    return new Text(node.path("sv").asText(null), node.path("en").asText(null));
  }
}
