package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad submissions are refused with problem+json, never a 5xx, and leave nothing behind. */
@QuarkusTest
@TestSecurity(user = "stockholm", roles = "respondent")
@OidcSecurity(claims = @Claim(key = "org", value = "0180"))
class BadInputTest {

  @Inject TestData data;

  private String round;

  @BeforeEach
  void openRound() {
    round = data.openRound("bad", List.of("0180"));
  }

  @Test
  void malformedJsonIs400() {
    expectRefused(Api.submit(round, "0180", "k", "{\"answers\": {\"plan.exists\": "), 400);
    expectRefused(Api.submit(round, "0180", "k", "[1, 2]"), 400);
    expectRefused(Api.submit(round, "0180", "k", ""), 400);
  }

  @Test
  void aBodyOver1MiBIs413() {
    String big = "{\"answers\": {\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}}";
    expectRefused(Api.submit(round, "0180", "k", big), 413);
  }

  @Test
  void aChunkedBodyOver1MiBIs413() {
    byte[] big =
        ("{\"answers\": {\"note\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}}")
            .getBytes(StandardCharsets.UTF_8);
    // A stream of unknown length is sent chunked, without Content-Length.
    Response response =
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", "k")
            .body(new ByteArrayInputStream(big))
            .post(Api.submissionPath(round, "0180"));
    expectRefused(response, 413);
  }

  @Test
  void answersThatAreNotAnObjectAre400() {
    expectRefused(Api.submit(round, "0180", "k", "{\"answers\": [\"yes\"]}"), 400)
        .then()
        .body("violations[0].field", equalTo("answers"));
    expectRefused(Api.submit(round, "0180", "k", "{\"answers\": \"yes\"}"), 400);
    expectRefused(Api.submit(round, "0180", "k", "{\"comments\": {}}"), 400);
    expectRefused(
        Api.submit(round, "0180", "k", "{\"answers\": {}, \"comments\": {\"q\": 42}}"), 400);
    expectRefused(
        given()
            .contentType(ContentType.JSON)
            .body("{\"answers\": [1]}")
            .put(Api.submissionPath(round, "0180") + "/draft"),
        400);
  }

  @Test
  void aMissingIdempotencyKeyIs400() {
    expectRefused(Api.submit(round, "0180", null, Api.ANSWERS), 400)
        .then()
        .body("violations.field", hasItem("Idempotency-Key"));
    expectRefused(Api.submit(round, "0180", " ", Api.ANSWERS), 400);
  }

  @Test
  void anUnknownRoundIs404() {
    expectRefused(Api.submit("no-such-round", "0180", "k", Api.ANSWERS), 404);
  }

  @Test
  void aClosedRoundIs409() {
    data.closeRound(round);
    expectRefused(Api.submit(round, "0180", "k", Api.ANSWERS), 409);
    expectRefused(
        given()
            .contentType(ContentType.JSON)
            .body(Api.ANSWERS)
            .put(Api.submissionPath(round, "0180") + "/draft"),
        409);
  }

  @Test
  void anOrganisationOutsideThePopulationIs403() {
    String elsewhere = data.openRound("elsewhere", List.of("0114"));
    expectRefused(Api.submit(elsewhere, "0180", "k", Api.ANSWERS), 403);
    assertThat(data.revisions(elsewhere)).isZero();
    assertThat(data.outboxRows(elsewhere)).isZero();
  }

  @Test
  void aWrongContentTypeIsRefusedWithAProblem() {
    Response response =
        given()
            .contentType(ContentType.TEXT)
            .header("Idempotency-Key", "k")
            .body(Api.ANSWERS)
            .post(Api.submissionPath(round, "0180"));
    expectRefused(response, 415);
  }

  @Test
  void textPostgresCannotStoreIs400NamingTheField() {
    expectRefused(
            Api.submit(round, "0180", "k", "{\"answers\": {\"plan.exists\": \"yes\\u0000\"}}"), 400)
        .then()
        .body("violations[0].field", equalTo("answers.plan.exists"));
    expectRefused(
            Api.submit(
                round,
                "0180",
                "k",
                "{\"answers\": {\"plan.exists\": \"yes\"},"
                    + " \"comments\": {\"plan.exists\": \"bra \\ud83d\"}}"),
            400)
        .then()
        .body("violations[0].field", equalTo("comments.plan.exists"));
    expectRefused(
        given()
            .contentType(ContentType.JSON)
            .body("{\"answers\": {\"q\\u0000\": 1}}")
            .put(Api.submissionPath(round, "0180") + "/draft"),
        400);
  }

  @Test
  void aNulInAPathOrQueryParameterIs400NotA500() {
    // Sent as typed: RestAssured would otherwise encode the % itself.
    expectRefused(given().urlEncodingEnabled(false).get("/api/v1/organisations/%00"), 400)
        .then()
        .body("violations[0].field", equalTo("code"));
    expectRefused(given().urlEncodingEnabled(false).get("/api/v1/rounds/x%00y"), 400);
    expectRefused(given().urlEncodingEnabled(false).get("/api/v1/organisations?county=%00"), 400);
    expectRefused(
        given()
            .urlEncodingEnabled(false)
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", "k")
            .body(Api.ANSWERS)
            .post("/api/v1/rounds/x%00y/submissions/0180"),
        400);
  }

  @Test
  void deeplyNestedJsonIs400() {
    String deep = "{\"answers\": {\"q\": " + "[".repeat(5000) + "]".repeat(5000) + "}}";
    // As bytes: RestAssured would otherwise read a JSON string body itself, recursively.
    expectRefused(
        given()
            .contentType(ContentType.JSON)
            .header("Idempotency-Key", "k")
            .body(deep.getBytes(StandardCharsets.UTF_8))
            .post(Api.submissionPath(round, "0180")),
        400);
  }

  private Response expectRefused(Response response, int status) {
    response
        .then()
        .statusCode(status)
        .contentType("application/problem+json")
        .body("status", equalTo(status));
    assertThat(data.revisions(round)).as("revisions stored").isZero();
    assertThat(data.drafts(round)).as("drafts stored").isZero();
    assertThat(data.outboxRows(round)).as("events written").isZero();
    return response;
  }
}
