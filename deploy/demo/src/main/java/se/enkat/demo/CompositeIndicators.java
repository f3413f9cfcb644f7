package se.enkat.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The custom indicators the seed's composite figures need: "every question of the chain is yes",
 * counted over everyone who answered the first question (all respondents of the type, since it is
 * required). The default indicator of a follow-up counts only those who were asked it.
 */
final class CompositeIndicators {

  private CompositeIndicators() {}

  /** The request bodies of POST /api/v1/rounds/{id}/indicators, one per composite seed row. */
  static List<Map<String, Object>> definitions() {
    List<Map<String, Object>> definitions = new ArrayList<>();
    for (SeedRow row : SeedFigures.rows()) {
      if (!row.composite()) {
        continue;
      }
      String numerator =
          row.chain().stream()
              .map(q -> "('" + q + "' in answers && answers['" + q + "'] == 'yes')")
              .collect(Collectors.joining(" && "));
      Map<String, Object> definition = new LinkedHashMap<>();
      definition.put("id", row.indicator());
      definition.put(
          "title",
          Map.of(
              "sv", row.label() + " (alla led ja)",
              "en", "All of " + String.join(", ", row.chain()) + " answered yes"));
      definition.put(
          "description",
          Map.of(
              "sv",
              "Andel av alla svarande av typen som svarat ja på "
                  + String.join(" och ", row.chain())
                  + ".",
              "en",
              "Share of all respondents of the type that answered yes to "
                  + String.join(" and ", row.chain())
                  + " (the seed's composite)."));
      definition.put("numerator", numerator);
      definition.put("denominator", "'" + row.chain().get(0) + "' in answers");
      definition.put("sourceQuestions", row.chain());
      definitions.add(definition);
    }
    return definitions;
  }
}
