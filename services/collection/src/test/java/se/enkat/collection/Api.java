package se.enkat.collection;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;

/** REST calls the tests share; they run with the identity of the calling test. */
final class Api {

  static final String ANSWERS =
      "{\"answers\":{\"plan.exists\":\"yes\",\"plan.level\":\"political\"},"
          + "\"comments\":{\"plan.exists\":\"Beslutad 2024\"}}";

  private Api() {}

  /** Uploads the 2025 questionnaire under a fresh id (admin) and returns the id. */
  static String uploadQuestionnaire() {
    String id = "q-" + UUID.randomUUID();
    given()
        .contentType(ContentType.JSON)
        .body(QuestionnaireResourceTest.questionnaire2025(id).toString())
        .post("/api/v1/questionnaires")
        .then()
        .statusCode(201);
    return id;
  }

  static RequestSpecification createRound(String round, String questionnaire, String population) {
    return given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"id": "%s", "title": {"sv": "Uppföljning 2025", "en": "Follow-up 2025"},
             "questionnaire": {"id": "%s", "version": 1},
             "population": %s,
             "opensAt": "2025-03-01", "closesAt": "2099-04-30"}
            """
                .formatted(round, questionnaire, population));
  }

  /** Creates and opens a round of a fresh questionnaire for these organisations (admin). */
  static String openRoundFor(List<String> organisations) {
    String round = TestData.newRoundId("r");
    String population = "{\"organisations\": [\"" + String.join("\",\"", organisations) + "\"]}";
    createRound(round, uploadQuestionnaire(), population)
        .post("/api/v1/rounds")
        .then()
        .statusCode(201);
    given().post("/api/v1/rounds/" + round + "/open").then().statusCode(200);
    return round;
  }

  static Response submit(String round, String organisation, String key, String body) {
    var request = given().contentType(ContentType.JSON).body(body);
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return request.post(submissionPath(round, organisation));
  }

  static String submissionPath(String round, String organisation) {
    return "/api/v1/rounds/" + round + "/submissions/" + organisation;
  }
}
