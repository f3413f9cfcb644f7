package se.enkat.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.Topics;
import se.enkat.testing.EventSchemas;
import se.enkat.testing.TestRecord;

@QuarkusTest
@TestSecurity(
    user = "admin",
    roles = {"admin", "dashboard"})
class ReleaseLifecycleTest {

  @Test
  void aReleaseHoldsTheFinalValuesAndLaterEventsOnlyReachTheNextVersion() throws Exception {
    Scenario scenario = new Scenario();
    String releaseId = scenario.publishedRelease();

    assertThat(latestValues(scenario)).containsExactlyInAnyOrderElementsOf(Scenario.finalCells());
    assertThat(answerRevisions(scenario, null))
        .containsExactlyInAnyOrder("01:1", "0180:2", "1280:1");
    TestRecord announced =
        scenario
            .events
            .kafka()
            .await(
                Topics.RELEASES,
                r -> r.value() != null && r.value().contains(releaseId),
                Duration.ofSeconds(20))
            .get(0);
    assertThat(announced.header("ce_type")).isEqualTo(EventTypes.RELEASE_PUBLISHED);
    assertThat(announced.key()).isEqualTo(scenario.round);
    JsonNode data = TestEvents.JSON.readTree(announced.value());
    assertThat(schema("release.published").validate(data)).isEmpty();
    assertThat(data.get("version").asInt()).isEqualTo(1);
    assertThat(data.get("values").asLong()).isEqualTo(Scenario.finalCells().size());
    assertThat(data.get("respondents").asLong()).isEqualTo(3);

    // After publication: a rebuild corrects a value and an old revision turns up late.
    scenario.values(
        "rebuild",
        Scenario.cell("plan.exists", "national", "MUNICIPALITY", null, null, null, 2, 2, "100.0"));
    scenario.accepted("1280", "MUNICIPALITY", "12", 0, Map.of("plan.exists", "no"), Map.of());
    scenario.events.awaitApplied();

    assertThat(latestValues(scenario)).containsExactlyInAnyOrderElementsOf(Scenario.finalCells());

    String second =
        given()
            .post("/api/v1/rounds/{id}/releases", scenario.round)
            .then()
            .statusCode(201)
            .body("version", equalTo(2))
            .body("status", equalTo("DRAFT"))
            .extract()
            .path("releaseId");
    // a draft is not served: the latest published is still version 1
    assertThat(latestValues(scenario)).containsExactlyInAnyOrderElementsOf(Scenario.finalCells());
    given().post("/api/v1/releases/{id}/publish", second).then().statusCode(200);

    assertThat(latestValues(scenario))
        .contains("plan.exists|national|MUNICIPALITY||||2|2|100.0")
        .doesNotContain("plan.exists|national|MUNICIPALITY||||1|2|50.0")
        .hasSize(Scenario.finalCells().size());
    assertThat(values(scenario, "1")).containsExactlyInAnyOrderElementsOf(Scenario.finalCells());
    assertThat(answerRevisions(scenario, "2"))
        .containsExactlyInAnyOrder("01:1", "0180:2", "1280:1");
    given()
        .get("/api/v1/published/rounds")
        .then()
        .statusCode(200)
        .body("find { it.round == '" + scenario.round + "' }.version", equalTo(2))
        .body(
            "find { it.round == '" + scenario.round + "' }.versions.version",
            equalTo(List.of(2, 1)));
  }

  @Test
  void aReleaseBeforeTheRoundClosesIsAConflict() {
    Scenario scenario = new Scenario();
    scenario.opened();
    scenario.events.awaitApplied();

    given()
        .post("/api/v1/rounds/{id}/releases", scenario.round)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("OPEN"));
  }

  @Test
  void aReleaseBeforeTheValuesAreFinalIsAConflictThatSaysWhatIsPending() {
    Scenario scenario = new Scenario();
    scenario.opened();
    scenario.accepted("01", "REGION", "01", 1, Map.of("plan.exists", "yes"), Map.of());
    scenario.closed(3);
    scenario.events.awaitApplied();

    given()
        .post("/api/v1/rounds/{id}/releases", scenario.round)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("round.values.final"))
        .body("detail", containsString("1 of 3"));

    scenario.valuesFinal(3);
    scenario.events.awaitApplied();
    given()
        .post("/api/v1/rounds/{id}/releases", scenario.round)
        .then()
        .statusCode(409)
        .body(
            "detail", containsString("2 accepted or rejected revisions are still being processed"));
  }

  @Test
  void publishingTwiceIsAConflictAndTheFirstPublicationStands() {
    Scenario scenario = new Scenario();
    scenario.opened();
    scenario.closed(0);
    scenario.valuesFinal(0);
    scenario.events.awaitApplied();
    String releaseId =
        given()
            .post("/api/v1/rounds/{id}/releases", scenario.round)
            .then()
            .statusCode(201)
            .body("version", equalTo(1))
            .extract()
            .path("releaseId");
    given()
        .post("/api/v1/releases/{id}/publish", releaseId)
        .then()
        .statusCode(200)
        .body("status", equalTo("PUBLISHED"));

    given()
        .post("/api/v1/releases/{id}/publish", releaseId)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("already published"));
  }

  @Test
  void unknownRoundsAndReleasesAreNotFound() {
    given().post("/api/v1/rounds/{id}/releases", "no-such-round").then().statusCode(404);
    given()
        .post("/api/v1/releases/{id}/publish", UUID.randomUUID().toString())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given().post("/api/v1/releases/{id}/publish", "not-a-uuid").then().statusCode(404);
    given().get("/api/v1/published/rounds/{id}/values", "no-such-round").then().statusCode(404);
  }

  @Test
  void anEventWithoutCloudEventsIdGoesToTheDeadLetterTopic() {
    String marker = "poison-" + UUID.randomUUID();
    Map<String, String> headers =
        new java.util.HashMap<>(TestEvents.headers("x", "indicator.defined"));
    headers.remove("ce_id");
    TestEvents events = new TestEvents();
    events.produce(
        Topics.INDICATORS, EventKeys.round(marker), "{\"round\":\"" + marker + "\"}", headers);
    events.produce(
        Topics.VALIDATIONS,
        EventKeys.round(marker),
        "not json",
        TestEvents.headers(UUID.randomUUID().toString(), EventTypes.SUBMISSION_ACCEPTED));

    List<TestRecord> dead =
        events
            .kafka()
            .await(
                Topics.deadLetter(Topics.INDICATORS),
                r -> marker.equals(r.key()),
                Duration.ofSeconds(30));
    assertThat(dead.get(0).header("dead-letter-reason")).contains("ce_id");
    events
        .kafka()
        .await(
            Topics.deadLetter(Topics.VALIDATIONS),
            r -> marker.equals(r.key()),
            Duration.ofSeconds(30));
  }

  private static List<String> latestValues(Scenario scenario) throws Exception {
    return values(scenario, null);
  }

  static List<String> values(Scenario scenario, String release) throws Exception {
    var request = given();
    if (release != null) {
      request.queryParam("release", release);
    }
    String body =
        request
            .get("/api/v1/published/rounds/{id}/values", scenario.round)
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .asString();
    return Scenario.signatures(TestEvents.JSON.readTree(body));
  }

  private static List<String> answerRevisions(Scenario scenario, String release) throws Exception {
    var request = given();
    if (release != null) {
      request.queryParam("release", release);
    }
    String body =
        request
            .get("/api/v1/published/rounds/{id}/answers", scenario.round)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<String> revisions = new java.util.ArrayList<>();
    TestEvents.JSON
        .readTree(body)
        .forEach(a -> revisions.add(a.get("code").asText() + ":" + a.get("revision").asInt()));
    return revisions;
  }

  static JsonSchema schema(String type) {
    return EventSchemas.schema(type);
  }
}
