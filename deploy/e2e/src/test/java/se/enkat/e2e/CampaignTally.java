package se.enkat.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import se.enkat.demo.PublishedValue;
import se.enkat.questionnaire.model.Choice;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.QuestionType;
import se.enkat.questionnaire.model.Questionnaire;

/**
 * The default indicators counted independently over each organisation's latest accepted answers
 * (the campaign's ledger): per question and type, the share of "yes", and per choice the share that
 * chose it, among those that answered. Keys as {@code Published.key}: {@code
 * indicator|type|category}.
 */
final class CampaignTally {

  private CampaignTally() {}

  static Map<String, long[]> count(
      Questionnaire questionnaire,
      Map<String, JsonNode> latestAccepted,
      Map<String, OrganisationType> types) {
    Map<String, long[]> cells = new TreeMap<>();
    questionnaire
        .questions()
        .forEach(
            question -> {
              QuestionType kind = question.questionType().orElse(null);
              if (kind == QuestionType.YES_NO || kind == QuestionType.YES_NO_DONTKNOW) {
                latestAccepted.forEach(
                    (organisation, answers) ->
                        add(cells, question, null, "yes", types.get(organisation), answers));
              } else if (kind == QuestionType.SINGLE_CHOICE) {
                for (Choice choice : question.choicesOrEmpty()) {
                  latestAccepted.forEach(
                      (organisation, answers) ->
                          add(
                              cells,
                              question,
                              choice.value(),
                              choice.value(),
                              types.get(organisation),
                              answers));
                }
              }
            });
    return cells;
  }

  /** Every cell where the tally and the service differ; cells 0 of 0 on both sides are equal. */
  static List<String> differences(Map<String, long[]> tally, Map<String, PublishedValue> values) {
    List<String> differences = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(tally.keySet());
    keys.addAll(values.keySet());
    for (String key : keys) {
      long[] expected = tally.getOrDefault(key, new long[2]);
      PublishedValue actual = values.get(key);
      long numerator = actual == null ? 0 : actual.numerator();
      long denominator = actual == null ? 0 : actual.denominator();
      if (expected[0] != numerator || expected[1] != denominator) {
        differences.add(
            key
                + ": tally "
                + expected[0]
                + "/"
                + expected[1]
                + ", service "
                + (actual == null ? "no cell" : numerator + "/" + denominator));
      }
    }
    return differences;
  }

  private static void add(
      Map<String, long[]> cells,
      Question question,
      String category,
      String counted,
      OrganisationType type,
      JsonNode answers) {
    JsonNode answer = answers.get(question.id());
    if (answer == null || answer.isNull()) {
      return;
    }
    String key = question.id() + "|" + type + "|" + (category == null ? "" : category);
    long[] cell = cells.computeIfAbsent(key, ignored -> new long[2]);
    cell[1]++;
    if (counted.equals(answer.asText())) {
      cell[0]++;
    }
  }
}
