package se.enkat.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.model.Questionnaire;

/** What the administrator does through the gateway: questionnaire, round, indicators, release. */
public final class RoundAdmin {

  private final Api api;
  private final Tokens tokens;
  private final String gateway;

  public RoundAdmin(Api api, Tokens tokens, String gatewayUrl) {
    this.api = api;
    this.tokens = tokens;
    this.gateway = gatewayUrl + "/api/v1";
  }

  /** Uploads the questionnaire; an identical stored version answers 200, which is fine. */
  public void upload(Questionnaire questionnaire) {
    api.post(gateway + "/questionnaires", tokens.admin(), QuestionnaireJson.write(questionnaire))
        .expect("POST /api/v1/questionnaires", 201, 200);
  }

  /**
   * Sets the organisation's respondent contact (where reminders go) to its demo account's address.
   */
  public void contact(String code, String email, String name) {
    api.put(
            gateway + "/organisations/" + code + "/contacts",
            tokens.admin(),
            java.util.List.of(java.util.Map.of("email", email, "name", name)))
        .expect("PUT /api/v1/organisations/" + code + "/contacts", 200);
  }

  /**
   * The round's invited organisations in one state (SILENT, DRAFT, ...), from the progress list.
   */
  public JsonNode organisationsIn(String round, String state) {
    return api.get(
            gateway + "/rounds/" + round + "/progress/organisations?state=" + state, tokens.admin())
        .expect("GET /api/v1/rounds/" + round + "/progress/organisations", 200)
        .json();
  }

  /** Every organisation of a type: code → {code, name, type, county}. */
  public JsonNode organisations(String type) {
    return api.get(gateway + "/organisations?type=" + type, tokens.admin())
        .expect("GET /api/v1/organisations?type=" + type, 200)
        .json();
  }

  /**
   * The first free round id: {@code base}, else {@code base-run2}, {@code base-run3}, … (a round is
   * never deleted, so each run gets a new one and publishes the same values under it).
   */
  String freeRoundId(String base) {
    for (int run = 1; run < 1000; run++) {
      String id = run == 1 ? base : base + "-run" + run;
      Api.Reply reply = api.get(gateway + "/rounds/" + id, tokens.admin());
      if (reply.status() == 404) {
        return id;
      }
      reply.expect("GET /api/v1/rounds/" + id, 200);
    }
    throw new DemoException("no free round id after " + base + "-run999");
  }

  /**
   * Creates the round of a year: it opens on 1 March of that year (the published series counts it
   * as that year's) and closes 30 days from today, so it stays open while the demo answers.
   */
  public void createRound(
      String id, Questionnaire questionnaire, Map<String, Object> population, int year) {
    Map<String, Object> round = new LinkedHashMap<>();
    round.put("id", id);
    round.put(
        "title",
        Map.of(
            "sv", "Uppföljning av patientsäkerhetsarbetet " + year + " (demo)",
            "en", "Follow-up of patient-safety work " + year + " (demo)"));
    round.put(
        "questionnaire", Map.of("id", questionnaire.id(), "version", questionnaire.version()));
    round.put("population", population);
    LocalDate today = LocalDate.now();
    round.put("opensAt", LocalDate.of(year, 3, 1).toString());
    round.put("closesAt", today.plusDays(30).toString());
    api.post(gateway + "/rounds", tokens.admin(), round).expect("POST /api/v1/rounds", 201);
  }

  public void open(String id) {
    api.post(gateway + "/rounds/" + id + "/open", tokens.admin(), null)
        .expect("POST /api/v1/rounds/" + id + "/open", 200);
  }

  public void close(String id) {
    api.post(gateway + "/rounds/" + id + "/close", tokens.admin(), null)
        .expect("POST /api/v1/rounds/" + id + "/close", 200);
  }

  /**
   * Defines the composite indicators; the indicator service learns of the round from round.opened,
   * so it answers 404 until then, and the definition is retried.
   */
  void defineComposites(String id, Duration timeout) {
    define(id, CompositeIndicators.definitions(), timeout);
  }

  /** The development indicators of 2025, each in its focus area; retried as composites are. */
  void defineDevelopmentIndicators(String id, Duration timeout) {
    define(id, DevelopmentIndicators.requests(), timeout);
  }

  private void define(String id, List<Map<String, Object>> definitions, Duration timeout) {
    String url = gateway + "/rounds/" + id + "/indicators";
    for (Map<String, Object> definition : definitions) {
      Poll.until(
          "POST " + url + " (" + definition.get("id") + ")",
          timeout,
          () -> {
            Api.Reply reply = api.post(url, tokens.admin(), definition);
            if (reply.status() == 404) {
              return null;
            }
            return reply.expect("POST " + url, 201, 409);
          });
    }
  }

  JsonNode progress(String id) {
    return api.get(gateway + "/rounds/" + id + "/progress", tokens.admin())
        .expect("GET /api/v1/rounds/" + id + "/progress", 200)
        .json();
  }

  /**
   * Creates release 1 once the values are final: until then publication answers 409 (not final) or
   * 404 (it has not heard of the round yet), and the call is repeated with backoff.
   */
  public String createRelease(String id, Duration timeout) {
    String url = gateway + "/rounds/" + id + "/releases";
    Api.Reply created =
        Poll.until(
            "POST " + url + " (waiting for final values)",
            timeout,
            () -> {
              Api.Reply reply = api.post(url, tokens.admin(), null);
              if (reply.status() == 409 || reply.status() == 404) {
                return null;
              }
              return reply.expect("POST " + url, 201);
            });
    return created.json().path("releaseId").asText();
  }

  public JsonNode publish(String releaseId) {
    return api.post(gateway + "/releases/" + releaseId + "/publish", tokens.admin(), null)
        .expect("POST /api/v1/releases/" + releaseId + "/publish", 200)
        .json();
  }

  static Map<String, Object> populationOfTypes(List<String> types) {
    return Map.of("types", types);
  }

  public static Map<String, Object> populationOf(List<String> codes) {
    return Map.of("organisations", codes);
  }
}
