package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Rounds that open and close by themselves at their dates, closing dates that are enforced, and
 * extensions for the round or one organisation.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class RoundScheduleTest {

  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

  @Inject TestData data;

  private static void create(
      String round, LocalDate opensAt, LocalDate closesAt, String schedule, String population) {
    given()
        .contentType(ContentType.JSON)
        .body(
            """
            {"id": "%s", "title": {"sv": "Schemalagd", "en": "Scheduled"},
             "questionnaire": {"id": "%s", "version": 1},
             "population": {"organisations": [%s]},
             "opensAt": "%s", "closesAt": "%s" %s}
            """
                .formatted(
                    round,
                    Api.uploadQuestionnaire(),
                    population,
                    opensAt,
                    closesAt,
                    schedule == null ? "" : ", \"schedule\": " + schedule))
        .post("/api/v1/rounds")
        .then()
        .statusCode(201);
  }

  private static String status(String round) {
    return given().get("/api/v1/rounds/" + round).then().extract().path("status");
  }

  @Test
  void aRoundWithAutoOpenOpensOnItsDateAndOneWithoutStaysDraft() {
    String scheduled = TestData.newRoundId("auto");
    String manual = TestData.newRoundId("manual");
    String later = TestData.newRoundId("later");
    create(scheduled, TODAY, TODAY.plusDays(10), "{\"autoOpen\": true}", "\"0180\"");
    create(manual, TODAY, TODAY.plusDays(10), null, "\"0180\"");
    create(later, TODAY.plusDays(2), TODAY.plusDays(10), "{\"autoOpen\": true}", "\"0180\"");
    given()
        .get("/api/v1/rounds/" + scheduled)
        .then()
        .body("schedule.autoOpen", equalTo(true))
        .body("schedule.autoClose", equalTo(false));

    Awaitility.await().atMost(WAIT).until(() -> "OPEN".equals(status(scheduled)));
    assertThat(status(manual)).isEqualTo("DRAFT");
    assertThat(status(later)).isEqualTo("DRAFT");
    given()
        .get("/api/v1/rounds/" + scheduled + "/audit")
        .then()
        .statusCode(200)
        .body("findAll { it.action == 'round.opened' }", hasSize(1))
        .body("find { it.action == 'round.opened' }.actor.name", equalTo("scheduler"));
  }

  @Test
  void openingByHandFirstLeavesTheScheduleNothingToDo() {
    String round = TestData.newRoundId("auto");
    create(round, TODAY.plusDays(1), TODAY.plusDays(10), "{\"autoOpen\": true}", "\"0180\"");
    given().post("/api/v1/rounds/" + round + "/open").then().statusCode(200);
    // opensAt is tomorrow, so the scheduler has nothing to do; a second open is a plain 409
    given().post("/api/v1/rounds/" + round + "/open").then().statusCode(409);
    given()
        .get("/api/v1/rounds/" + round + "/audit?action=round.opened")
        .then()
        .body("", hasSize(1))
        .body("[0].actor.name", equalTo("admin"));
  }

  @Test
  void aSubmitAfterTheClosingDateIs409UntilTheOrganisationIsExtended() {
    String round = TestData.newRoundId("late");
    create(round, TODAY.minusDays(10), TODAY.minusDays(1), null, "\"0180\", \"0114\"");
    given().post("/api/v1/rounds/" + round + "/open").then().statusCode(200);

    Api.submit(round, "0180", "k1", Api.ANSWERS)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", org.hamcrest.Matchers.containsString("closed for organisation 0180"));

    given()
        .contentType(ContentType.JSON)
        .body("{\"closesAt\": \"%s\", \"organisation\": \"0180\"}".formatted(TODAY.plusDays(3)))
        .post("/api/v1/rounds/" + round + "/extensions")
        .then()
        .statusCode(200)
        .body("closesAt", equalTo(TODAY.minusDays(1).toString()))
        .body("extensions", hasSize(1))
        .body("extensions[0].organisation", equalTo("0180"))
        .body("extensions[0].closesAt", equalTo(TODAY.plusDays(3).toString()))
        .body("extensions[0].extendedBy", equalTo("admin"));

    Api.submit(round, "0180", "k2", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "0114", "k1", Api.ANSWERS).then().statusCode(409);
    given()
        .get("/api/v1/rounds/" + round + "/progress/organisations")
        .then()
        .body(
            "find { it.organisation.code == '0180' }.closesAt",
            equalTo(TODAY.plusDays(3).toString()))
        .body(
            "find { it.organisation.code == '0114' }.closesAt",
            equalTo(TODAY.minusDays(1).toString()));

    // the whole round: every organisation may answer again
    given()
        .contentType(ContentType.JSON)
        .body("{\"closesAt\": \"%s\"}".formatted(TODAY.plusDays(1)))
        .post("/api/v1/rounds/" + round + "/extensions")
        .then()
        .statusCode(200)
        .body("closesAt", equalTo(TODAY.plusDays(1).toString()))
        .body("extensions", hasSize(2));
    Api.submit(round, "0114", "k2", Api.ANSWERS).then().statusCode(202);
  }

  @Test
  void anExtensionMustMoveTheDateLaterAndNameAnInvitedOrganisation() {
    String round = TestData.newRoundId("ext");
    create(round, TODAY, TODAY.plusDays(5), null, "\"0180\"");
    String path = "/api/v1/rounds/" + round + "/extensions";
    given()
        .contentType(ContentType.JSON)
        .body("{\"closesAt\": \"%s\"}".formatted(TODAY.plusDays(5)))
        .post(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("closesAt"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"closesAt\": \"%s\", \"organisation\": \"0114\"}".formatted(TODAY.plusDays(9)))
        .post(path)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("organisation"));
    given().contentType(ContentType.JSON).body("{}").post(path).then().statusCode(400);
    given()
        .contentType(ContentType.JSON)
        .body("{\"closesAt\": \"%s\"}".formatted(TODAY.plusDays(9)))
        .post("/api/v1/rounds/no-such-round/extensions")
        .then()
        .statusCode(404);
  }

  @Test
  void aRoundWithAutoCloseClosesOnceEveryOrganisationsDateHasPassed() {
    String round = TestData.newRoundId("close");
    String extended = TestData.newRoundId("close-ext");
    create(round, TODAY.minusDays(10), TODAY.minusDays(1), "{\"autoClose\": true}", "\"0180\"");
    create(extended, TODAY.minusDays(10), TODAY.minusDays(1), "{\"autoClose\": true}", "\"0180\"");
    given()
        .contentType(ContentType.JSON)
        .body("{\"closesAt\": \"%s\", \"organisation\": \"0180\"}".formatted(TODAY))
        .post("/api/v1/rounds/" + extended + "/extensions")
        .then()
        .statusCode(200);
    given().post("/api/v1/rounds/" + round + "/open").then().statusCode(200);
    given().post("/api/v1/rounds/" + extended + "/open").then().statusCode(200);

    Awaitility.await().atMost(WAIT).until(() -> "CLOSED".equals(status(round)));
    assertThat(status(extended)).isEqualTo("OPEN");
    given()
        .get("/api/v1/rounds/" + round + "/audit?actor=scheduler")
        .then()
        .body("action", org.hamcrest.Matchers.contains("round.closed"));
  }
}
