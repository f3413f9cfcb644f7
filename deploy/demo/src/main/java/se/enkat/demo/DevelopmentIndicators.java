package se.enkat.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The development indicators of 2025 (utvecklingsindikatorer), each in its focus area: "every
 * question of the chain is yes", counted over every respondent of the type (everyone answers the
 * chain's first question, which is required). Defined as custom indicators of each round.
 */
public final class DevelopmentIndicators {

  /**
   * One development indicator.
   *
   * @param seedIndicator the published indicator that carries the seed's 2025 figure, or null when
   *     the seed prints none
   */
  public record Definition(
      String id,
      String focusArea,
      String sv,
      String en,
      List<String> chain,
      String seedIndicator) {}

  public static final List<Definition> ALL =
      List.of(
          new Definition(
              "dev.care_injury.methods",
              "identifying-care-injuries",
              "Rutin för metoder att identifiera vårdskador",
              "Routine for the methods that identify care injuries",
              List.of("care_injury.methods"),
              "care_injury.methods"),
          new Definition(
              "dev.responsibility.levels",
              "division-of-responsibility",
              "Rutin för ansvarsfördelning i patientsäkerhetsarbetet",
              "Routine for the division of responsibility",
              List.of("responsibility.levels"),
              null),
          new Definition(
              "dev.risk.rapid_change",
              "risk-assessment-and-training",
              "Rutin för anpassning vid hastigt skiftande förutsättningar",
              "Routine for adapting to rapidly changing conditions",
              List.of("risk.rapid_change"),
              "risk.rapid_change"),
          training("intro.licensed", "Introduktionsutbildning, legitimerad personal"),
          training("intro.managers", "Introduktionsutbildning, verksamhetsnära chefer"),
          training("continuing.licensed", "Fortbildning, legitimerad personal"),
          training("continuing.managers", "Fortbildning, verksamhetsnära chefer"),
          new Definition(
              "dev.collaboration.shared_forums",
              "shared-forums-in-care-chains",
              "Gemensamma forum i vårdkedjan",
              "Shared forums in the care chain",
              List.of("collaboration.shared_forums"),
              null),
          new Definition(
              "dev.responsibility.risk_analyses",
              "responsibility-for-risk-analyses",
              "Rutin för ansvarsfördelning vid riskanalyser",
              "Routine for responsibility for risk analyses",
              List.of("responsibility.risk_analyses"),
              null));

  private DevelopmentIndicators() {}

  private static Definition training(String kind, String sv) {
    String base = "training." + kind;
    return new Definition(
        "dev." + base,
        "risk-assessment-and-training",
        sv + ", dokumenterad rutin i ledningssystemet",
        "Training (" + kind + "), a documented routine of the management system",
        List.of(base, base + ".documented", base + ".management_system"),
        SeedFigures.COMPOSITE + base + ".management_system");
  }

  /**
   * The request bodies of POST /api/v1/rounds/{id}/indicators. Without a description: the indicator
   * service words the definition from the questions.
   */
  static List<Map<String, Object>> requests() {
    List<Map<String, Object>> requests = new ArrayList<>();
    for (Definition d : ALL) {
      Map<String, Object> request = new LinkedHashMap<>();
      request.put("id", d.id());
      request.put("title", Map.of("sv", d.sv(), "en", d.en()));
      request.put("focusArea", d.focusArea());
      request.put(
          "numerator",
          d.chain().stream()
              .map(q -> "('" + q + "' in answers && answers['" + q + "'] == 'yes')")
              .collect(Collectors.joining(" && ")));
      request.put("denominator", "'" + d.chain().get(0) + "' in answers");
      request.put("direction", "HIGHER_IS_BETTER");
      requests.add(request);
    }
    return requests;
  }
}
