package se.enkat.common.reference;

import java.util.List;
import java.util.Optional;

/**
 * The five focus areas of the 2025 follow-up (Socialstyrelsen, "Utvecklingsindikatorer 2025"): an
 * indicator's {@code focusArea}, when given, must be one of these ids.
 */
public final class FocusAreas {

  public static final List<FocusArea> ALL =
      List.of(
          new FocusArea(
              "identifying-care-injuries",
              1,
              new Text("Arbetssätt för att identifiera vårdskador", "Identifying care injuries"),
              new Text(
                  "Dokumenterade rutiner för vilka metoder som ska användas för att systematiskt"
                      + " identifiera vårdskador.",
                  "Documented routines for the methods used to identify care injuries"
                      + " systematically.")),
          new FocusArea(
              "division-of-responsibility",
              2,
              new Text(
                  "Ansvarsfördelning i det systematiska patientsäkerhetsarbetet",
                  "Division of responsibility in systematic patient-safety work"),
              new Text(
                  "Dokumenterade rutiner för hur det systematiska patientsäkerhetsarbetet fördelas"
                      + " på olika organisatoriska nivåer.",
                  "Documented routines for how systematic patient-safety work is divided between"
                      + " the levels of the organisation.")),
          new FocusArea(
              "risk-assessment-and-training",
              3,
              new Text(
                  "Riskbedömning och utbildning i patientsäkerhet",
                  "Risk assessment and training in patient safety"),
              new Text(
                  "Riskbedömning och anpassning vid förändrade förutsättningar, samt"
                      + " introduktionsutbildning och fortbildning i patientsäkerhet som dokumenterad"
                      + " rutin i ledningssystemet.",
                  "Risk assessment and adaptation to changing conditions, and introductory and"
                      + " continuing training in patient safety as a documented routine of the"
                      + " management system.")),
          new FocusArea(
              "shared-forums-in-care-chains",
              4,
              new Text("Gemensamma forum i vårdkedjor", "Shared forums in care chains"),
              new Text(
                  "Gemensamma forum för ledningsfunktioner på vårdgivarnivå tillsammans med andra"
                      + " vårdgivare i vårdkedjan.",
                  "Shared forums of the management functions with the other care providers of the"
                      + " care chain.")),
          new FocusArea(
              "responsibility-for-risk-analyses",
              5,
              new Text("Ansvarsfördelning vid riskanalyser", "Responsibility for risk analyses"),
              new Text(
                  "Dokumenterade rutiner för hur ansvaret för riskanalyser är fördelat.",
                  "Documented routines for how responsibility for risk analyses is divided.")));

  private FocusAreas() {}

  public static Optional<FocusArea> find(String id) {
    return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /** The ids, comma-separated, for messages that say which values are allowed. */
  public static String ids() {
    return String.join(", ", ALL.stream().map(FocusArea::id).toList());
  }
}
