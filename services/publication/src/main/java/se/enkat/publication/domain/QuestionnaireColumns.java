package se.enkat.publication.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The questions of a release's questionnaire in questionnaire order: the answers' columns. */
public final class QuestionnaireColumns {

  /** One question: id, section, texts and type. */
  public record Question(String id, String section, String textSv, String textEn, String type) {}

  private QuestionnaireColumns() {}

  public static List<Question> of(JsonNode questionnaire) {
    List<Question> questions = new ArrayList<>();
    if (questionnaire == null) {
      return questions;
    }
    for (JsonNode section : questionnaire.path("sections")) {
      for (JsonNode question : section.path("questions")) {
        questions.add(
            new Question(
                question.path("id").asText(),
                section.path("id").asText(null),
                question.path("text").path("sv").asText(null),
                question.path("text").path("en").asText(null),
                question.path("type").asText(null)));
      }
    }
    return questions;
  }
}
