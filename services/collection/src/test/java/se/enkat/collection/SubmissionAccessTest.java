package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A respondent reaches only its own organisation, only where it is invited, never admin paths. */
@QuarkusTest
class SubmissionAccessTest {

  @Inject TestData data;

  @Test
  @TestSecurity(user = "stockholm", roles = "respondent")
  @OidcSecurity(claims = @Claim(key = "org", value = "0180"))
  void aRespondentOf0180Gets403OnTheDraftSubmissionAndStatusOf0114() {
    String round = data.openRound("acc", List.of("0180", "0114"));
    String other = Api.submissionPath(round, "0114");

    expectForbidden(
        given().contentType(ContentType.JSON).body("{\"answers\": {}}").put(other + "/draft"));
    expectForbidden(given().get(other + "/draft"));
    expectForbidden(Api.submit(round, "0114", "k", Api.ANSWERS));
    expectForbidden(given().get(other));
    assertThat(data.revisions(round)).isZero();
    assertThat(data.drafts(round)).isZero();
  }

  @Test
  @TestSecurity(user = "stockholm", roles = "respondent")
  @OidcSecurity(claims = @Claim(key = "org", value = "0180"))
  void aRespondentSubmitsForItsOwnOrganisationAndReadsTheStatus() {
    String round = data.openRound("own", List.of("0180", "0114"));
    Api.submit(round, "0180", "mine", Api.ANSWERS)
        .then()
        .statusCode(202)
        .body("revision", equalTo(1));
    given()
        .get(Api.submissionPath(round, "0180"))
        .then()
        .statusCode(200)
        .body("status", equalTo("RECEIVED"))
        .body("answers.'plan.exists'", equalTo("yes"));
  }

  @Test
  @TestSecurity(user = "stockholm", roles = "respondent")
  @OidcSecurity(claims = @Claim(key = "org", value = "0180"))
  void aRespondentSeesOnlyRoundsItsOrganisationIsInvitedTo() {
    String invited = data.openRound("inv", List.of("0180"));
    String notInvited = data.openRound("notinv", List.of("0114"));
    given().get("/api/v1/rounds/" + invited).then().statusCode(200).body("status", equalTo("OPEN"));
    expectForbidden(given().get("/api/v1/rounds/" + notInvited));
    expectForbidden(given().get("/api/v1/rounds/" + notInvited + "/questionnaire"));
    given()
        .get("/api/v1/rounds")
        .then()
        .statusCode(200)
        .body("id", hasItem(invited))
        .body("id", not(hasItem(notInvited)));
    given().get("/api/v1/rounds/no-such-round").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "jamtland", roles = "respondent")
  @OidcSecurity(claims = @Claim(key = "org", value = "23"))
  void aRegionGetsOnlyTheQuestionsPutToRegions() {
    String round = data.openRound("qreg", List.of("23", "2380"));
    Response questionnaire = given().get("/api/v1/rounds/" + round + "/questionnaire");
    questionnaire.then().statusCode(200).body("id", equalTo(TestData.QUESTIONNAIRE));
    List<String> questions = questionnaire.path("sections.questions.flatten().id");
    assertThat(questions).contains("plan.exists", "plan.level").doesNotContain("plan.psb");
  }

  @Test
  @TestSecurity(user = "ostersund", roles = "respondent")
  @OidcSecurity(claims = @Claim(key = "org", value = "2380"))
  void aMunicipalityGetsTheQuestionsPutToMunicipalities() {
    String round = data.openRound("qmun", List.of("23", "2380"));
    List<String> questions =
        given()
            .get("/api/v1/rounds/" + round + "/questionnaire")
            .then()
            .statusCode(200)
            .extract()
            .path("sections.questions.flatten().id");
    assertThat(questions).contains("plan.exists", "plan.psb");
  }

  @Test
  @TestSecurity(user = "stockholm", roles = "respondent")
  @OidcSecurity(claims = @Claim(key = "org", value = "0180"))
  void aRespondentGets403OnEveryAdministratorEndpoint() {
    String round = data.openRound("adm", List.of("0180"));
    expectForbidden(
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/questionnaires"));
    expectForbidden(
        given().get("/api/v1/questionnaires/" + TestData.QUESTIONNAIRE + "/versions/1"));
    expectForbidden(
        Api.createRound(
                TestData.newRoundId("x"), TestData.QUESTIONNAIRE, "{\"types\":[\"REGION\"]}")
            .post("/api/v1/rounds"));
    expectForbidden(given().post("/api/v1/rounds/" + round + "/open"));
    expectForbidden(given().post("/api/v1/rounds/" + round + "/close"));
    expectForbidden(given().get("/api/v1/rounds/" + round + "/progress"));
    expectForbidden(
        given()
            .contentType(ContentType.JSON)
            .body("{\"name\":\"X\",\"type\":\"MUNICIPALITY\",\"county\":\"01\"}")
            .put("/api/v1/organisations/0180"));
    given().get("/api/v1/rounds/" + round).then().statusCode(200).body("status", equalTo("OPEN"));
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void aDashboardClientMayNotReachSubmissions() {
    String round = data.openRound("dash", List.of("0180"));
    expectForbidden(given().get(Api.submissionPath(round, "0180")));
    expectForbidden(given().get("/api/v1/rounds"));
  }

  @Test
  void withoutATokenEverythingIs401() {
    String round = data.openRound("anon", List.of("0180"));
    for (Response response :
        List.of(
            given().get("/api/v1/rounds"),
            given().get(Api.submissionPath(round, "0180")),
            Api.submit(round, "0180", "k", Api.ANSWERS),
            given().get("/api/v1/organisations/0180"))) {
      response
          .then()
          .statusCode(401)
          .contentType("application/problem+json")
          .body("status", equalTo(401));
    }
    assertThat(data.revisions(round)).isZero();
  }

  private static void expectForbidden(Response response) {
    response
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", startsWith("https://enkat.se/problems/"))
        .body("status", equalTo(403));
  }
}
