package se.enkat.publication;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.IndicatorDefined;
import se.enkat.common.events.IndicatorValuesUpdated;
import se.enkat.common.events.IndicatorValuesUpdated.Cell;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.RoundOpened.InvitedOrganisation;
import se.enkat.common.events.RoundValuesFinal;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.Topics;

/**
 * One yearly round as the other services would announce it, for series and reporting groups:
 * regions, municipalities and city districts answer yes/no questions and a single-choice question;
 * the default indicators' cells at all three levels are counted here from those answers, as the
 * indicator service counts them, and announced.
 */
final class YearRound {

  /** An invited organisation and its answers. */
  record Respondent(InvitedOrganisation organisation, Map<String, String> answers) {}

  final String round = "y-" + UUID.randomUUID().toString().substring(0, 8);
  final TestEvents events = new TestEvents();
  private final int year;
  private final JsonNode questionnaire;
  private final List<String> shares;
  private final String distribution;
  private final List<String> categories;

  YearRound(
      int year,
      JsonNode questionnaire,
      List<String> shares,
      String distribution,
      List<String> categories) {
    this.year = year;
    this.questionnaire = questionnaire;
    this.shares = shares;
    this.distribution = distribution;
    this.categories = categories;
  }

  /** Opens, answers, counts, closes and finalises the round, then publishes release 1. */
  void publish(List<Respondent> respondents) {
    events.send(
        Topics.ROUNDS,
        EventKeys.round(round),
        EventTypes.ROUND_OPENED,
        new RoundOpened(
            RoundOpened.SCHEMA_VERSION,
            round,
            Scenario.text("Uppföljning " + year, "Follow-up " + year),
            new RoundOpened.QuestionnaireRef("yearly", year),
            questionnaire,
            respondents.stream().map(Respondent::organisation).toList(),
            LocalDate.of(year, 3, 1),
            LocalDate.of(year, 4, 30)));
    for (String share : shares) {
      defined(share, List.of());
    }
    defined(
        distribution,
        categories.stream()
            .map(c -> new IndicatorDefined.Category(c, Scenario.text(c, c)))
            .toList());
    for (Respondent r : respondents) {
      InvitedOrganisation o = r.organisation();
      events.send(
          Topics.VALIDATIONS,
          EventKeys.submission(round, o.code()),
          EventTypes.SUBMISSION_ACCEPTED,
          new SubmissionAccepted(
              SubmissionAccepted.SCHEMA_VERSION,
              round,
              o.code(),
              o.type(),
              o.county(),
              1,
              new RoundOpened.QuestionnaireRef("yearly", year),
              TestEvents.JSON.valueToTree(r.answers()),
              TestEvents.JSON.createObjectNode(),
              now(),
              now()));
    }
    events.send(
        Topics.INDICATORS,
        EventKeys.round(round),
        EventTypes.INDICATOR_VALUES_UPDATED,
        new IndicatorValuesUpdated(1, round, "submission.accepted", now(), cells(respondents)));
    events.send(
        Topics.ROUNDS,
        EventKeys.round(round),
        EventTypes.ROUND_CLOSED,
        new RoundClosed(RoundClosed.SCHEMA_VERSION, round, now(), respondents.size()));
    events.send(
        Topics.INDICATORS,
        EventKeys.round(round),
        EventTypes.ROUND_VALUES_FINAL,
        new RoundValuesFinal(RoundValuesFinal.SCHEMA_VERSION, round, respondents.size(), now()));
    events.awaitApplied();
    String releaseId =
        given()
            .post("/api/v1/rounds/{id}/releases", round)
            .then()
            .statusCode(201)
            .extract()
            .path("releaseId");
    given().post("/api/v1/releases/{id}/publish", releaseId).then().statusCode(200);
  }

  // Shares: yes among those that answered; the distribution: each choice among those that answered.
  private List<Cell> cells(List<Respondent> respondents) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (Respondent r : respondents) {
      InvitedOrganisation o = r.organisation();
      for (String share : shares) {
        String answer = r.answers().get(share);
        if (answer != null) {
          count(counts, share, o, null, "yes".equals(answer));
        }
      }
      String chosen = r.answers().get(distribution);
      if (chosen != null) {
        for (String category : categories) {
          count(counts, distribution, o, category, category.equals(chosen));
        }
      }
    }
    List<Cell> cells = new ArrayList<>();
    counts.forEach(
        (key, nd) -> {
          String[] k = key.split("\\|", -1);
          cells.add(
              new Cell(
                  k[0],
                  k[1],
                  k[2],
                  blank(k[3]),
                  blank(k[4]),
                  blank(k[5]),
                  nd[0],
                  nd[1],
                  BigDecimal.valueOf(nd[0] * 100)
                      .divide(BigDecimal.valueOf(nd[1]), 1, RoundingMode.HALF_UP)));
        });
    return cells;
  }

  private static void count(
      Map<String, long[]> counts,
      String indicator,
      InvitedOrganisation o,
      String category,
      boolean yes) {
    String c = category == null ? "" : category;
    for (String key :
        List.of(
            String.join("|", indicator, "national", o.type(), "", "", c),
            String.join("|", indicator, "county", o.type(), o.county(), "", c),
            String.join("|", indicator, "organisation", o.type(), o.county(), o.code(), c))) {
      long[] nd = counts.computeIfAbsent(key, k -> new long[2]);
      nd[0] += yes ? 1 : 0;
      nd[1] += 1;
    }
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
            Scenario.text(indicator, indicator),
            null,
            null,
            categories.isEmpty()
                ? "answers['" + indicator + "'] == 'yes'"
                : "answers['" + indicator + "'] == category",
            "'" + indicator + "' in answers",
            null,
            List.of(indicator),
            categories,
            now()));
  }

  /** A questionnaire of yes/no questions and one single-choice question. */
  static ObjectNode questionnaire(int version) {
    ObjectNode q = TestEvents.JSON.createObjectNode();
    q.put("id", "yearly").put("version", version).set("title", Scenario.text("Enkät", "Survey"));
    ObjectNode section = q.putArray("sections").addObject();
    section.put("id", "s").set("title", Scenario.text("Avsnitt", "Section"));
    section.putArray("questions");
    return q;
  }

  static ObjectNode question(ObjectNode questionnaire, String id, String type, String sv) {
    ArrayNode questions = (ArrayNode) questionnaire.path("sections").get(0).path("questions");
    ObjectNode question = questions.addObject();
    question.put("id", id).put("type", type).set("text", Scenario.text(sv, "EN " + sv));
    return question;
  }

  private static String blank(String value) {
    return value.isEmpty() ? null : value;
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
