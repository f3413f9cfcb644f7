package se.enkat.indicator.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.QuestionType;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * The indicators every round has without anyone defining them (API.md): the share of "yes" per
 * yes/no question among those that answered it, and a distribution per single-choice question.
 */
public final class DefaultIndicators {

  private static final ObjectMapper JSON = new ObjectMapper();

  private DefaultIndicators() {}

  public static List<IndicatorDefinition> of(Questionnaire questionnaire) {
    List<IndicatorDefinition> definitions = new ArrayList<>();
    questionnaire
        .questions()
        .forEach(
            question -> {
              QuestionType type = question.questionType().orElse(null);
              if (type == QuestionType.YES_NO || type == QuestionType.YES_NO_DONTKNOW) {
                definitions.add(share(question));
              } else if (type == QuestionType.SINGLE_CHOICE
                  && !question.choicesOrEmpty().isEmpty()) {
                definitions.add(distribution(question));
              }
            });
    return definitions;
  }

  private static IndicatorDefinition share(Question question) {
    return new IndicatorDefinition(
        question.id(),
        IndicatorDefinition.Kind.DEFAULT,
        JSON.valueToTree(question.text()),
        null,
        null,
        answerIs(question.id(), "'yes'"),
        answered(question.id()),
        null,
        List.of(question.id()),
        List.of());
  }

  private static IndicatorDefinition distribution(Question question) {
    List<IndicatorDefinition.Category> categories =
        question.choicesOrEmpty().stream()
            .map(c -> new IndicatorDefinition.Category(c.value(), label(c.label())))
            .toList();
    return new IndicatorDefinition(
        question.id(),
        IndicatorDefinition.Kind.DEFAULT,
        JSON.valueToTree(question.text()),
        null,
        null,
        answerIs(question.id(), IndicatorCompiler.CATEGORY),
        answered(question.id()),
        null,
        List.of(question.id()),
        categories);
  }

  private static JsonNode label(Object label) {
    return label == null ? null : JSON.valueToTree(label);
  }

  static String answerIs(String questionId, String value) {
    return "answers[" + CelLiterals.string(questionId) + "] == " + value;
  }

  static String answered(String questionId) {
    return CelLiterals.string(questionId) + " in answers";
  }
}
