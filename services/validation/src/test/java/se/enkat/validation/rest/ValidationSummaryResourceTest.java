package se.enkat.validation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static se.enkat.validation.messaging.TestEvents.awaitVerdicts;
import static se.enkat.validation.messaging.TestEvents.codes;
import static se.enkat.validation.messaging.TestEvents.openRound;
import static se.enkat.validation.messaging.TestEvents.submit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;
import se.enkat.validation.Submissions2025;

@QuarkusTest
class ValidationSummaryResourceTest {

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anAdministratorSeesCountsPerStatusAndCodeAndTheMostViolatedQuestions() {
    String round = openRound();
    String stockholm = Submissions2025.STOCKHOLM;
    submit(round, stockholm, 1, Submissions2025.missingRequiredFollowUp());
    submit(round, stockholm, 2, Submissions2025.hiddenButAnswered());
    submit(round, stockholm, 3, Submissions2025.missingRequiredFollowUp());
    submit(round, Submissions2025.KIRUNA, 1, Submissions2025.validMunicipalityAnswers());
    submit(round, "1480", 1, Submissions2025.validMunicipalityAnswers());
    awaitVerdicts(round, stockholm, 3);
    awaitVerdicts(round, Submissions2025.KIRUNA, 1);
    assertThat(codes(awaitVerdicts(round, "1480", 1).get(0))).containsExactly("$=not_invited");

    given()
        .get("/api/v1/rounds/{id}/validation-summary", round)
        .then()
        .statusCode(200)
        .body("round", equalTo(round))
        .body("accepted", equalTo(1))
        .body("rejected", equalTo(4))
        .body("organisations.accepted", equalTo(1))
        .body("organisations.rejected", equalTo(2))
        .body("parked", equalTo(0))
        .body("violationsByCode.required", equalTo(2))
        .body("violationsByCode.not_relevant", equalTo(1))
        .body("violationsByCode.not_invited", equalTo(1))
        .body("mostViolatedQuestions[0].question", equalTo("plan.level"))
        .body("mostViolatedQuestions[0].violations", equalTo(2))
        .body("mostViolatedQuestions[0].byCode.required", equalTo(2))
        .body("mostViolatedQuestions.size()", equalTo(3));
  }

  @Test
  @TestSecurity(user = "admin", roles = "admin")
  void anUnknownRoundIsANotFoundProblem() {
    given()
        .get("/api/v1/rounds/{id}/validation-summary", "no-such-round")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  @TestSecurity(user = "someone", roles = "respondent")
  void aRespondentMayNotSeeTheSummary() {
    given()
        .get("/api/v1/rounds/{id}/validation-summary", "any-round")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void anAnonymousCallerIsUnauthorised() {
    given().get("/api/v1/rounds/{id}/validation-summary", "any-round").then().statusCode(401);
  }
}
