package se.enkat.demo;

import static se.enkat.questionnaire.model.OrganisationType.MUNICIPALITY;
import static se.enkat.questionnaire.model.OrganisationType.REGION;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.enkat.questionnaire.model.OrganisationType;

/**
 * Every figure the seed prints for the 2025 questionnaire (docs/questionnaire-2025.md), and the
 * numerator the demo uses for each: one that rounds (half-up) to the printed percentage with the
 * published n, or, where the printed figure is impossible, the nearest possible one.
 */
public final class SeedFigures {

  /** Respondents in 2025: every region, and 260 of the 290 municipalities. */
  public static final int REGIONS = 21;

  public static final int MUNICIPALITIES = 260;
  public static final int MUNICIPALITIES_INVITED = 290;

  /** The seed's printed municipal response rate (its population included city districts). */
  public static final int PRINTED_MUNICIPAL_RATE = 87;

  /** The id prefix of the composite indicators the demo defines. */
  public static final String COMPOSITE = "composite.";

  private static final String PLAN = "Beslut om handlingsplan har fattats på ...";
  private static final String PATIENT = "Patienten som medskapare: dokumenterade rutiner för ...";
  private static final String TRAINING =
      "Utbildning: dokumenterad rutin som är del av ledningssystemet";
  private static final String RISK = "Risker och riskmedvetenhet: dokumenterade rutiner för ...";
  private static final String CARE_INJURY = "Vårdskador: dokumenterade rutiner som beskriver ...";
  private static final String COMPETENCE = "Personal med adekvat kompetens för ...";
  private static final String HYGIENE = "Basala hygienrutiner: vårdgivaren ...";

  private static final List<SeedRow> ROWS = build();

  private SeedFigures() {}

  /** The rows in the seed's order. */
  public static List<SeedRow> rows() {
    return ROWS;
  }

  private static List<SeedRow> build() {
    List<SeedRow> rows = new ArrayList<>();
    level(rows, "political", "Politisk nivå", 60, 44);
    level(rows, "highest_official", "Högsta tjänstemannanivå", 35, 38);
    level(rows, "other_official", "Annan tjänstemannanivå", 5, 13);
    level(rows, "dont_know", "Vet inte", 0, 5);
    share(rows, PATIENT, "patient.views", "…patienters synpunkter efterfrågas", 91, 75, true);
    share(rows, PATIENT, "patient.risk_analysis", "…patienter i riskanalys", 0, 11, true);
    share(rows, PATIENT, "patient.self_monitoring", "…patienter i egenkontrollen", 14, 7, true);
    share(rows, PATIENT, "patient.information", "…råd och informationsmaterial", 57, 34, true);
    share(
        rows, PATIENT, "patient.information_involvement", "…patienter i informationen", 5, 6, true);
    training(rows, "intro.licensed", "Introduktion, legitimerad personal", 14, 259, 36);
    training(rows, "intro.managers", "Introduktion, verksamhetsnära chefer", 19, 259, 21);
    training(rows, "continuing.licensed", "Fortbildning, legitimerad personal", 24, 260, 21);
    training(rows, "continuing.managers", "Fortbildning, verksamhetsnära chefer", 10, 260, 9);
    training(rows, "continuing.unlicensed", "Fortbildning, icke legitimerad", 10, 260, 20);
    share(rows, RISK, "risk.rapid_change", "…hastigt skiftande förutsättningar", 86, 76, true);
    share(rows, RISK, "risk.daily_assessment", "…dagliga riskbedömningar", 71, 49, true);
    share(rows, RISK, "risk.daily_reflection", "…daglig strukturerad reflektion", 67, 34, true);
    share(rows, CARE_INJURY, "care_injury.methods", "…metoder för att identifiera", 80, 77, false);
    share(rows, CARE_INJURY, "care_injury.support_staff", "…stöd till medarbetare", 67, 42, false);
    share(rows, CARE_INJURY, "care_injury.support_patient", "…stöd till patient", 81, 41, false);
    share(rows, COMPETENCE, "competence.self_monitoring", "…egenkontroll", 62, 84, false);
    share(rows, COMPETENCE, "competence.event_analysis", "…händelseanalyser", 77, 71, false);
    share(rows, COMPETENCE, "competence.risk_analysis", "…riskanalyser", 71, 79, false);
    share(rows, COMPETENCE, "competence.improvement", "…förbättringsarbete", 80, 81, false);
    hygiene(rows, List.of("hygiene.measures"), "…mäter följsamhet", 91, 96);
    hygiene(
        rows, List.of("hygiene.measures", "hygiene.results_used"), "…använder resultaten", 90, 95);
    hygiene(rows, List.of("hygiene.documented"), "…rutin om mätning", 86, 90);
    hygiene(
        rows,
        List.of("hygiene.documented", "hygiene.documented.management_system"),
        "…rutinen i ledningssystemet",
        52,
        77);
    return List.copyOf(rows);
  }

  /** The numerator the demo uses for a row and a type, with the full 2025 respondents. */
  public static Target target(SeedRow row, OrganisationType type) {
    SeedRow.Printed printed = row.printed(type);
    int n = publishedN(row, type);
    List<Integer> possible = Percent.numerators(n, printed.percent());
    if (possible.isEmpty()) {
      int k = Percent.nearest(Percent.all(n), n, printed.percent());
      return new Target(row, type, n, k, Target.Status.IMPOSSIBLE);
    }
    if (n != printed.n()) {
      List<Integer> both = new ArrayList<>(possible);
      both.retainAll(Percent.numerators(printed.n(), printed.percent()));
      if (!both.isEmpty()) {
        possible = both;
      }
      return new Target(
          row, type, n, Percent.nearest(possible, n, printed.percent()), Target.Status.N_DIFFERS);
    }
    return new Target(
        row, type, n, Percent.nearest(possible, n, printed.percent()), Target.Status.EXACT);
  }

  /**
   * The n the demo publishes for a row: the follow-up's respondents for plan.level (the seed's n),
   * otherwise every respondent of the type, since every other counted question is required.
   */
  public static int publishedN(SeedRow row, OrganisationType type) {
    if (row.category() != null) {
      return row.printed(type).n();
    }
    return type == REGION ? REGIONS : MUNICIPALITIES;
  }

  /** All targets of one type, by row. */
  public static Map<SeedRow, Target> targets(OrganisationType type) {
    Map<SeedRow, Target> targets = new java.util.LinkedHashMap<>();
    for (SeedRow row : rows()) {
      targets.put(row, target(row, type));
    }
    return targets;
  }

  private static void level(
      List<SeedRow> rows, String choice, String label, int regions, int municipalities) {
    rows.add(
        new SeedRow(
            PLAN,
            label,
            List.of("plan.level"),
            choice,
            "plan.level",
            new SeedRow.Printed(20, regions, true),
            new SeedRow.Printed(172, municipalities, true)));
  }

  private static void share(
      List<SeedRow> rows,
      String table,
      String question,
      String label,
      int regions,
      int municipalities,
      boolean nPrinted) {
    rows.add(
        new SeedRow(
            table,
            label,
            List.of(question),
            null,
            question,
            new SeedRow.Printed(REGIONS, regions, nPrinted),
            new SeedRow.Printed(MUNICIPALITIES, municipalities, nPrinted)));
  }

  private static void training(
      List<SeedRow> rows,
      String kind,
      String label,
      int regions,
      int municipalN,
      int municipalities) {
    String base = "training." + kind;
    List<String> chain = List.of(base, base + ".documented", base + ".management_system");
    rows.add(
        new SeedRow(
            TRAINING,
            label,
            chain,
            null,
            COMPOSITE + base + ".management_system",
            new SeedRow.Printed(REGIONS, regions, true),
            new SeedRow.Printed(municipalN, municipalities, true)));
  }

  private static void hygiene(
      List<SeedRow> rows, List<String> chain, String label, int regions, int municipalities) {
    String last = chain.get(chain.size() - 1);
    rows.add(
        new SeedRow(
            HYGIENE,
            label,
            chain,
            null,
            chain.size() > 1 ? COMPOSITE + last : last,
            new SeedRow.Printed(REGIONS, regions, true),
            new SeedRow.Printed(259, municipalities, true)));
  }

  static OrganisationType[] types() {
    return new OrganisationType[] {REGION, MUNICIPALITY};
  }
}
