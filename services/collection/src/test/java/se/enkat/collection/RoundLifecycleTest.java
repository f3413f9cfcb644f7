package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.Topics;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestRecord;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RoundLifecycleTest {

  private static final KafkaTestClient KAFKA = KafkaTestClient.shared();

  @Test
  void openingADraftRoundAnnouncesItOnceWithTheQuestionnaireAndThePopulation() {
    String questionnaire = Api.uploadQuestionnaire();
    String round = TestData.newRoundId("open");
    Api.createRound(round, questionnaire, "{\"types\": [\"REGION\"]}")
        .post("/api/v1/rounds")
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/rounds/" + round))
        .body("status", equalTo("DRAFT"))
        .body("questionnaire.id", equalTo(questionnaire))
        .body("population.types", hasItem("REGION"));
    given()
        .get("/api/v1/rounds/" + round + "/progress")
        .then()
        .statusCode(200)
        .body("types[0].type", equalTo("REGION"))
        .body("types[0].invited", equalTo(21));

    given()
        .post("/api/v1/rounds/" + round + "/open")
        .then()
        .statusCode(200)
        .body("status", equalTo("OPEN"));

    List<TestRecord> opened = Events.awaitAll(KAFKA, Topics.ROUNDS, round, "round.opened");
    assertThat(opened).hasSize(1);
    TestRecord event = opened.get(0);
    Events.assertCloudEventHeaders(event, "round.opened");
    Events.assertMatchesSchema(event);
    JsonNode data = Events.data(event);
    assertThat(data.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(data.get("round").asText()).isEqualTo(round);
    assertThat(data.get("questionnaireRef").get("id").asText()).isEqualTo(questionnaire);
    assertThat(data.get("questionnaire").get("sections").size()).isGreaterThan(1);
    assertThat(data.get("population").size()).isEqualTo(21);
    assertThat(data.get("population").findValuesAsText("name"))
        .contains("Region Jämtland Härjedalen");
    assertThat(data.get("opensAt").asText()).isEqualTo("2025-03-01");
  }

  @Test
  void aRoundOpensOnceAndClosesOnceAndAWrongTransitionIs409() {
    String round = TestData.newRoundId("twice");
    Api.createRound(round, Api.uploadQuestionnaire(), "{\"organisations\": [\"0180\"]}")
        .post("/api/v1/rounds")
        .then()
        .statusCode(201);
    given()
        .post("/api/v1/rounds/" + round + "/close")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given().post("/api/v1/rounds/" + round + "/open").then().statusCode(200);
    given()
        .post("/api/v1/rounds/" + round + "/open")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given().post("/api/v1/rounds/" + round + "/close").then().statusCode(200);
    given()
        .post("/api/v1/rounds/" + round + "/close")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given().post("/api/v1/rounds/nope-" + round + "/open").then().statusCode(404);
  }

  @Test
  void closingAnnouncesHowManyRevisionsTheRoundReceivedAndRefusesLaterSubmissions() {
    String round = Api.openRoundFor(List.of("0180", "0114"));
    Api.submit(round, "0180", "k1", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "0180", "k2", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "0114", "k1", Api.ANSWERS).then().statusCode(202);

    given()
        .post("/api/v1/rounds/" + round + "/close")
        .then()
        .statusCode(200)
        .body("status", equalTo("CLOSED"));

    List<TestRecord> closed = Events.awaitAll(KAFKA, Topics.ROUNDS, round, "round.closed");
    assertThat(closed).hasSize(1);
    Events.assertCloudEventHeaders(closed.get(0), "round.closed");
    Events.assertMatchesSchema(closed.get(0));
    assertThat(Events.data(closed.get(0)).get("revisionsReceived").asLong()).isEqualTo(3);
    Api.submit(round, "0180", "k3", Api.ANSWERS)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
  }

  @Test
  void aBadRoundIs400WithEveryViolationAndAnExistingIdIs409() {
    String round = TestData.newRoundId("bad");
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"id": "%s", "title": {"sv": "", "en": "x"},
             "questionnaire": {"id": "no-such-questionnaire", "version": 1},
             "population": {"organisations": ["0180", "9999"]},
             "opensAt": "2025-05-01", "closesAt": "2025-04-01"}
            """
                .formatted(round))
        .post("/api/v1/rounds")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body(
            "violations.field",
            hasItems("title", "questionnaire", "population.organisations", "closesAt"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"id\": \"" + round + "\", \"population\": {\"types\": [\"KOMMUN\"]}}")
        .post("/api/v1/rounds")
        .then()
        .statusCode(400)
        .body("violations.field", hasItems("title", "questionnaire", "opensAt", "closesAt"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"id\": \"" + round + "\", \"opensAt\": \"1 maj\"}")
        .post("/api/v1/rounds")
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().get("/api/v1/rounds/" + round).then().statusCode(404);

    String questionnaire = Api.uploadQuestionnaire();
    Api.createRound(round, questionnaire, "{\"types\": [\"KOMMUN\"]}")
        .post("/api/v1/rounds")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("population.types[0]"));
    Api.createRound(round, questionnaire, "{\"types\": [\"REGION\"]}")
        .post("/api/v1/rounds")
        .then()
        .statusCode(201);
    Api.createRound(round, questionnaire, "{\"types\": [\"MUNICIPALITY\"]}")
        .post("/api/v1/rounds")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given().get("/api/v1/rounds/" + round).then().body("population.types", hasItem("REGION"));
  }

  @Test
  void listsRoundsByStatus() {
    String round = Api.openRoundFor(List.of("0180"));
    given()
        .queryParam("status", "OPEN")
        .get("/api/v1/rounds")
        .then()
        .statusCode(200)
        .body("id", hasItem(round));
    given()
        .queryParam("status", "DRAFT")
        .get("/api/v1/rounds")
        .then()
        .statusCode(200)
        .body("id", not(hasItem(round)));
    given().queryParam("status", "SOON").get("/api/v1/rounds").then().statusCode(400);
  }

  @Test
  void anAdministratorSeesTheQuestionnaireOfOneTypeOrWhole() {
    String round = Api.openRoundFor(List.of("0180"));
    given()
        .get("/api/v1/rounds/" + round + "/questionnaire")
        .then()
        .statusCode(200)
        .body("id", equalTo(given().get("/api/v1/rounds/" + round).path("questionnaire.id")));
    given()
        .queryParam("type", "REGION")
        .get("/api/v1/rounds/" + round + "/questionnaire")
        .then()
        .statusCode(200);
    given()
        .queryParam("type", "PLANET")
        .get("/api/v1/rounds/" + round + "/questionnaire")
        .then()
        .statusCode(400);
  }
}
