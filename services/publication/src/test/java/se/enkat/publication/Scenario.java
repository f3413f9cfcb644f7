package se.enkat.publication;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.IndicatorDefined;
import se.enkat.common.events.IndicatorValuesUpdated;
import se.enkat.common.events.IndicatorValuesUpdated.Cell;
import se.enkat.common.events.IndicatorValuesUpdated.Organisation;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.RoundOpened.InvitedOrganisation;
import se.enkat.common.events.RoundValuesFinal;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.common.events.Topics;

/**
 * One survey round as the other services would announce it: opened with four invited organisations
 * (names with å, ä, ö, a comma and quotes), three accepted answers with awkward comments, one
 * rejected revision, two indicators and two batches of value changes.
 */
final class Scenario {

  static final String COMMENT_0180 = "Beslutad i nämnd, år 2025.\nSe \"bilaga\" – å ä ö";
  static final String COMMENT_1280 = "Vet ej, \"oklart\"\r\nÅterkommer";
  static final String NAME_1280 = "Malmö \"Sveriges tredje stad\", Skåne";

  final String round = "r-" + UUID.randomUUID().toString().substring(0, 8);
  final TestEvents events = new TestEvents();

  void opened() {
    List<InvitedOrganisation> population =
        List.of(
            new InvitedOrganisation("01", "Region Stockholm", "REGION", "01"),
            new InvitedOrganisation("0180", "Stockholm", "MUNICIPALITY", "01"),
            new InvitedOrganisation("1280", NAME_1280, "MUNICIPALITY", "12"),
            new InvitedOrganisation("2584", "Kiruna", "MUNICIPALITY", "25"));
    events.send(
        Topics.ROUNDS,
        EventKeys.round(round),
        EventTypes.ROUND_OPENED,
        new RoundOpened(
            RoundOpened.SCHEMA_VERSION,
            round,
            text("Uppföljning 2025", "Follow-up 2025"),
            new RoundOpened.QuestionnaireRef("q", 1),
            questionnaire(),
            population,
            LocalDate.of(2025, 3, 1),
            LocalDate.of(2025, 4, 30)));
  }

  void indicatorsAndAnswers() {
    defined("plan.exists", List.of());
    defined(
        "plan.level",
        List.of(
            new IndicatorDefined.Category("political", text("Politisk", "Political")),
            new IndicatorDefined.Category("official", text("Tjänsteperson", "Official"))));
    values(
        "submission.accepted",
        cell("plan.exists", "national", "REGION", null, null, null, 1, 1, "100.0"),
        cell("plan.exists", "national", "MUNICIPALITY", null, null, null, 0, 1, "0.0"),
        cell("plan.exists", "county", "REGION", "01", null, null, 1, 1, "100.0"),
        cell("plan.exists", "organisation", "MUNICIPALITY", "01", "0180", null, 0, 1, "0.0"),
        cell("plan.level", "national", "REGION", null, null, "political", 1, 1, "100.0"),
        cell("plan.level", "organisation", "REGION", "01", "01", "political", 1, 1, "100.0"));
    accepted(
        "01",
        "REGION",
        "01",
        1,
        Map.of("plan.exists", "yes", "plan.level", "political", "staff.count", 12),
        Map.of());
    accepted(
        "0180",
        "MUNICIPALITY",
        "01",
        2,
        Map.of("plan.exists", "yes", "plan.level", "official", "staff.training", List.of("a", "b")),
        Map.of("plan.exists", COMMENT_0180));
    // an older revision that arrives late changes nothing
    accepted("0180", "MUNICIPALITY", "01", 1, Map.of("plan.exists", "no"), Map.of());
    accepted(
        "1280",
        "MUNICIPALITY",
        "12",
        1,
        Map.of("plan.exists", "dont_know"),
        Map.of("staff.count", COMMENT_1280));
    rejected("2584", 1);
    // Schema version 2: organisation cells per organisation ("" = a share's category, 0/0 = gone).
    values(
        "submission.accepted",
        List.of(
            cell("plan.exists", "national", "MUNICIPALITY", null, null, null, 1, 2, "50.0"),
            cell("plan.exists", "county", "MUNICIPALITY", "01", null, null, 1, 2, null),
            cell("plan.level", "national", "MUNICIPALITY", null, null, "official", 1, 1, "100.0")),
        List.of(
            new Organisation(
                "0180", "MUNICIPALITY", "01", Map.of("plan.exists", Map.of("", new long[] {1, 1}))),
            new Organisation(
                "01",
                "REGION",
                "01",
                Map.of("plan.level", Map.of("political", new long[] {0, 0})))));
  }

  /** The values once both batches are applied: what a release must hold, cell by cell. */
  static List<String> finalCells() {
    return List.of(
        "plan.exists|national|REGION||||1|1|100.0",
        "plan.exists|national|MUNICIPALITY||||1|2|50.0",
        "plan.exists|county|REGION|01|||1|1|100.0",
        "plan.exists|county|MUNICIPALITY|01|||1|2|50.0",
        "plan.exists|organisation|MUNICIPALITY|01|0180||1|1|100.0",
        "plan.level|national|REGION|||political|1|1|100.0",
        "plan.level|national|MUNICIPALITY|||official|1|1|100.0");
  }

  /** Five revisions were received (four accepted, one rejected). */
  void closed() {
    closed(5);
  }

  void closed(long revisionsReceived) {
    events.send(
        Topics.ROUNDS,
        EventKeys.round(round),
        EventTypes.ROUND_CLOSED,
        new RoundClosed(RoundClosed.SCHEMA_VERSION, round, now(), revisionsReceived));
  }

  void valuesFinal(long verdicts) {
    events.send(
        Topics.INDICATORS,
        EventKeys.round(round),
        EventTypes.ROUND_VALUES_FINAL,
        new RoundValuesFinal(RoundValuesFinal.SCHEMA_VERSION, round, verdicts, now()));
  }

  void values(String cause, List<Cell> cells, List<Organisation> organisations) {
    events.send(
        Topics.INDICATORS,
        EventKeys.round(round),
        EventTypes.INDICATOR_VALUES_UPDATED,
        new IndicatorValuesUpdated(
            IndicatorValuesUpdated.SCHEMA_VERSION, round, cause, now(), cells, organisations));
  }

  /** Cells as schema version 1 announced them: every level in {@code cells}. */
  void values(String cause, Cell... cells) {
    events.send(
        Topics.INDICATORS,
        EventKeys.round(round),
        EventTypes.INDICATOR_VALUES_UPDATED,
        new IndicatorValuesUpdated(1, round, cause, now(), Arrays.asList(cells)));
  }

  void accepted(
      String org,
      String type,
      String county,
      int revision,
      Map<String, Object> answers,
      Map<String, String> comments) {
    events.send(
        Topics.VALIDATIONS,
        EventKeys.submission(round, org),
        EventTypes.SUBMISSION_ACCEPTED,
        new SubmissionAccepted(
            SubmissionAccepted.SCHEMA_VERSION,
            round,
            org,
            type,
            county,
            revision,
            new RoundOpened.QuestionnaireRef("q", 1),
            TestEvents.JSON.valueToTree(answers),
            TestEvents.JSON.valueToTree(comments),
            now(),
            now()));
  }

  void rejected(String org, int revision) {
    events.send(
        Topics.VALIDATIONS,
        EventKeys.submission(round, org),
        EventTypes.SUBMISSION_REJECTED,
        new SubmissionRejected(
            SubmissionRejected.SCHEMA_VERSION,
            round,
            org,
            revision,
            new RoundOpened.QuestionnaireRef("q", 1),
            List.of(new SubmissionRejected.Violation("plan.exists", "required", "Required")),
            now(),
            now()));
  }

  /** Opens, answers, closes and finalises the round, then releases and publishes version 1. */
  String publishedRelease() {
    opened();
    indicatorsAndAnswers();
    closed();
    valuesFinal(5);
    events.awaitApplied();
    String releaseId =
        given()
            .post("/api/v1/rounds/{id}/releases", round)
            .then()
            .statusCode(201)
            .extract()
            .path("releaseId");
    given().post("/api/v1/releases/{id}/publish", releaseId).then().statusCode(200);
    return releaseId;
  }

  static String signature(JsonNode value) {
    return String.join(
        "|",
        value.path("indicator").asText(),
        value.path("level").asText(),
        value.path("type").asText(""),
        value.path("county").asText(""),
        value.path("organisation").asText(""),
        value.path("category").asText(""),
        value.path("numerator").asText(),
        value.path("denominator").asText(),
        value.has("percent")
            ? value.get("percent").decimalValue().setScale(1).toPlainString()
            : "");
  }

  static List<String> signatures(JsonNode values) {
    List<String> signatures = new ArrayList<>();
    values.forEach(v -> signatures.add(signature(v)));
    return signatures;
  }

  private void defined(String indicator, List<IndicatorDefined.Category> categories) {
    events.send(
        Topics.INDICATORS,
        EventKeys.round(round),
        EventTypes.INDICATOR_DEFINED,
        new IndicatorDefined(
            IndicatorDefined.SCHEMA_VERSION,
            round,
            indicator,
            "DEFAULT",
            text("Andel ja: " + indicator, "Share yes: " + indicator),
            text("Räknas över alla som svarat", "Counted over all who answered"),
            null,
            "answers['" + indicator + "'] == 'yes'",
            "has(answers['" + indicator + "'])",
            "HIGHER_IS_BETTER",
            List.of(indicator),
            categories,
            now()));
  }

  static Cell cell(
      String indicator,
      String level,
      String type,
      String county,
      String organisation,
      String category,
      long numerator,
      long denominator,
      String percent) {
    return new Cell(
        indicator,
        level,
        type,
        county,
        organisation,
        category,
        numerator,
        denominator,
        percent == null ? null : new BigDecimal(percent));
  }

  private static JsonNode questionnaire() {
    ObjectNode q = TestEvents.JSON.createObjectNode();
    q.put("id", "q").put("version", 1).set("title", text("Enkät", "Survey"));
    ObjectNode section = q.putArray("sections").addObject();
    section.put("id", "plan").set("title", text("Plan", "Plan"));
    var questions = section.putArray("questions");
    question(questions.addObject(), "plan.exists", "yes_no_dontknow", "Finns en plan?");
    question(questions.addObject(), "plan.level", "single_choice", "På vilken nivå?");
    question(questions.addObject(), "staff.training", "multi_choice", "Vilka utbildningar?");
    question(questions.addObject(), "staff.count", "integer", "Hur många?");
    return q;
  }

  private static void question(ObjectNode node, String id, String type, String sv) {
    node.put("id", id).put("type", type).set("text", text(sv, id));
  }

  static JsonNode text(String sv, String en) {
    return TestEvents.JSON.createObjectNode().put("sv", sv).put("en", en);
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
