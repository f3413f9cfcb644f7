package se.enkat.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import se.enkat.questionnaire.model.Questionnaire;

/** Small questionnaires for tests, written as JSON the way an author would. */
public final class TestQuestionnaires {

  private TestQuestionnaires() {}

  /**
   * One section holding these questions; a question without {@code text} gets a placeholder text so
   * tests only spell out what they are about.
   */
  public static Questionnaire withQuestions(String questionsJson) {
    return withSections(
        "[{\"id\":\"s\",\"title\":{\"sv\":\"S\",\"en\":\"S\"},\"questions\":"
            + questionsJson
            + "}]");
  }

  /** A questionnaire with these sections; questions without text get a placeholder. */
  public static Questionnaire withSections(String sectionsJson) {
    try {
      ArrayNode sections = (ArrayNode) json(sectionsJson);
      for (JsonNode section : sections) {
        for (JsonNode question : section.path("questions")) {
          if (!question.has("text")) {
            ((ObjectNode) question).set("text", json("{\"sv\":\"Fråga\",\"en\":\"Question\"}"));
          }
        }
      }
      ObjectNode root =
          (ObjectNode)
              json("{\"id\":\"test\",\"version\":1,\"title\":{\"sv\":\"T\",\"en\":\"T\"}}");
      root.set("sections", sections);
      return QuestionnaireJson.mapper().treeToValue(root, Questionnaire.class);
    } catch (Exception e) {
      throw new IllegalArgumentException("bad test questionnaire", e);
    }
  }

  static JsonNode json(String json) throws Exception {
    return QuestionnaireJson.mapper().readTree(json);
  }
}
