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

  public void createRound(String id, Questionnaire questionnaire, Map<String, Object> population) {
    Map<String, Object> round = new LinkedHashMap<>();
    round.put("id", id);
    round.put(
        "title",
        Map.of(
            "sv", "Uppföljning av patientsäkerhetsarbetet 2025 (demo)",
            "en", "Follow-up of patient-safety work 2025 (demo)"));
    round.put(
        "questionnaire", Map.of("id", questionnaire.id(), "version", questionnaire.version()));
    round.put("population", population);
    LocalDate today = LocalDate.now();
    round.put("opensAt", today.toString());
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
    String url = gateway + "/rounds/" + id + "/indicators";
    for (Map<String, Object> definition : CompositeIndicators.definitions()) {
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
