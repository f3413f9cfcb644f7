package se.enkat.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.RoundOpened.InvitedOrganisation;
import se.enkat.common.events.RoundOpened.QuestionnaireRef;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.validation.messaging.EventJson;

/** Rounds and answer sets for the 2025 questionnaire, as the collection service announces them. */
public final class Submissions2025 {

  public static final String STOCKHOLM = "0180";
  public static final String KIRUNA = "2584";
  public static final String REGION_SORMLAND = "04";

  private static final String[] TOP_LEVEL = {
    "responsibility.levels",
    "responsibility.risk_analyses",
    "patient.views",
    "patient.risk_analysis",
    "patient.self_monitoring",
    "patient.information",
    "patient.information_involvement",
    "training.intro.licensed",
    "training.intro.managers",
    "training.continuing.licensed",
    "training.continuing.managers",
    "training.continuing.unlicensed",
    "risk.rapid_change",
    "risk.daily_assessment",
    "risk.daily_reflection",
    "risk.staff_survey",
    "care_injury.methods",
    "care_injury.support_staff",
    "care_injury.support_patient",
    "competence.self_monitoring",
    "competence.event_analysis",
    "competence.risk_analysis",
    "competence.improvement",
    "hygiene.measures",
    "hygiene.documented",
    "collaboration.shared_forums"
  };

  private Submissions2025() {}

  /** round.opened for the 2025 questionnaire, inviting Stockholm, Kiruna and Region Sörmland. */
  public static RoundOpened roundOpened(String round) {
    // The questionnaire travels as the contract's JSON, exactly as QuestionnaireJson writes it.
    JsonNode questionnaire;
    try {
      questionnaire =
          EventJson.mapper()
              .readTree(QuestionnaireJson.write(Questionnaires.patientsakerhet2025()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return new RoundOpened(
        RoundOpened.SCHEMA_VERSION,
        round,
        EventJson.mapper()
            .createObjectNode()
            .put("sv", "Patientsäkerhet 2025")
            .put("en", "Patient safety 2025"),
        new QuestionnaireRef("patientsakerhet-2025", 1),
        questionnaire,
        List.of(
            new InvitedOrganisation(STOCKHOLM, "Stockholm", "MUNICIPALITY", "01"),
            new InvitedOrganisation(KIRUNA, "Kiruna", "MUNICIPALITY", "25"),
            new InvitedOrganisation(REGION_SORMLAND, "Region Sörmland", "REGION", "04")),
        null,
        null);
  }

  /**
   * A complete, valid answer set for a municipality: an action plan decided politically and part of
   * the patient-safety report, "no" to every other top-level question.
   */
  public static ObjectNode validMunicipalityAnswers() {
    ObjectNode answers = EventJson.mapper().createObjectNode();
    answers.put("plan.exists", "yes");
    answers.put("plan.level", "political");
    answers.put("plan.psb", "yes");
    for (String question : TOP_LEVEL) {
      answers.put(question, "no");
    }
    return answers;
  }

  /** Answers a follow-up whose parent says it is not asked. */
  public static ObjectNode hiddenButAnswered() {
    ObjectNode answers = validMunicipalityAnswers();
    answers.put("hygiene.documented.management_system", "yes");
    return answers;
  }

  /** A yes/no/don't-know question answered with a number. */
  public static ObjectNode wrongType() {
    ObjectNode answers = validMunicipalityAnswers();
    answers.put("risk.staff_survey", 42);
    return answers;
  }

  /** plan.exists is yes but its required follow-up plan.level is missing. */
  public static ObjectNode missingRequiredFollowUp() {
    ObjectNode answers = validMunicipalityAnswers();
    answers.remove("plan.level");
    return answers;
  }

  public static SubmissionReceived submission(
      String round, String organisation, int revision, JsonNode answers) {
    ObjectNode comments = EventJson.mapper().createObjectNode();
    comments.put("plan.exists", "Beslutad av regionfullmäktige 2024.");
    return new SubmissionReceived(
        SubmissionReceived.SCHEMA_VERSION,
        round,
        organisation,
        revision,
        answers,
        comments,
        OffsetDateTime.now(ZoneOffset.UTC));
  }
}
