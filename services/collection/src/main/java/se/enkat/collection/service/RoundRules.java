package se.enkat.collection.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import se.enkat.collection.rest.NewRound;
import se.enkat.common.problem.Problem;
import se.enkat.questionnaire.model.OrganisationType;

/** Checks of a new round that need no database: title, population form, dates. */
final class RoundRules {

  private RoundRules() {}

  static List<Problem.Violation> check(NewRound round) {
    List<Problem.Violation> violations = new ArrayList<>();
    title(round.title(), violations);
    population(round.population(), violations);
    if (round.closesAt().isBefore(round.opensAt())) {
      violations.add(new Problem.Violation("closesAt", "must not be before opensAt"));
    }
    return violations;
  }

  private static void title(JsonNode title, List<Problem.Violation> violations) {
    boolean text = title.isTextual() && !title.asText().isBlank();
    boolean localized =
        title.isObject()
            && title.path("sv").isTextual()
            && !title.path("sv").asText().isBlank()
            && title.path("en").isTextual()
            && !title.path("en").asText().isBlank();
    if (!text && !localized) {
      violations.add(
          new Problem.Violation(
              "title", "must be a non-blank string or {\"sv\": ..., \"en\": ...}"));
    }
  }

  private static void population(NewRound.Population population, List<Problem.Violation> out) {
    boolean byType = population.types() != null;
    boolean byCode = population.organisations() != null;
    if (byType == byCode) {
      out.add(
          new Problem.Violation(
              "population", "give exactly one of types or organisations, as a non-empty list"));
      return;
    }
    List<String> values = byType ? population.types() : population.organisations();
    String field = byType ? "population.types" : "population.organisations";
    if (values.isEmpty()) {
      out.add(new Problem.Violation(field, "must not be empty"));
    }
    for (int i = 0; i < values.size(); i++) {
      String value = values.get(i);
      if (value == null || value.isBlank()) {
        out.add(new Problem.Violation(field + "[" + i + "]", "must not be blank"));
      } else if (byType && OrganisationType.fromName(value).isEmpty()) {
        out.add(
            new Problem.Violation(
                field + "[" + i + "]", "must be one of REGION, MUNICIPALITY, CITY_DISTRICT"));
      }
    }
  }
}
