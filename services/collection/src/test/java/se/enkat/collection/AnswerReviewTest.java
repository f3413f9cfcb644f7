package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.Topics;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.KafkaTestClient;

/** "Check my answers", the list of revisions, and violation texts in Swedish and English. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class AnswerReviewTest {

  private static final KafkaTestClient KAFKA = KafkaTestClient.shared();
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject TestData data;

  @Test
  void checkGivesTheVerdictWithTextsAndStoresNothing() {
    String round = Api.openRoundFor(List.of("0180"));
    check(round, "0180", "{\"answers\": {\"plan.exists\": \"no\", \"plan.level\": \"political\"}}")
        .then()
        .statusCode(200)
        .body("violations.find { it.question == 'plan.level' }.code", equalTo("not_relevant"))
        .body(
            "violations.find { it.question == 'patient.views' }.text.sv",
            equalTo("Frågan måste besvaras."))
        .body(
            "violations.find { it.question == 'patient.views' }.text.en",
            equalTo("This question must be answered."))
        .body(
            "violations.find { it.question == 'patient.views' }.message",
            equalTo("an answer is required"))
        .body("visible", hasItem("plan.exists"))
        .body("visible", not(hasItem("plan.level")));
    assertThat(data.revisions(round)).isZero();
    assertThat(data.drafts(round)).isZero();
  }

  @Test
  void checkShowsTheFollowUpAndKeepsQuestionsOfOtherTypesAway() {
    String round = Api.openRoundFor(List.of("0180", "03"));
    check(round, "0180", "{\"answers\": {\"plan.exists\": \"yes\"}}")
        .then()
        .statusCode(200)
        .body("visible", hasItem("plan.level"))
        .body("visible", hasItem("plan.psb"));
    check(round, "03", "{\"answers\": {\"plan.exists\": \"yes\", \"plan.psb\": \"yes\"}}")
        .then()
        .statusCode(200)
        .body("visible", hasItem("plan.level"))
        .body("visible", not(hasItem("plan.psb")))
        .body("violations.find { it.question == 'plan.psb' }.code", equalTo("not_applicable"));
  }

  @Test
  void checkRefusesABodyWithoutAnswers() {
    String round = Api.openRoundFor(List.of("0180"));
    check(round, "0180", "{\"comments\": {}}").then().statusCode(400);
  }

  @Test
  void revisionsListEveryRevisionAndMarkTheOneThatCounts() {
    String round = Api.openRoundFor(List.of("0180"));
    Api.submit(round, "0180", "k1", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "0180", "k2", Api.ANSWERS).then().statusCode(202);
    publish(round, "submission.accepted", accepted(round, 1));
    publish(round, "submission.rejected", rejected(round, 2));
    Awaitility.await()
        .atMost(WAIT)
        .until(() -> "REJECTED".equals(data.revisionStatus(round, "0180", 2)));
    Awaitility.await()
        .atMost(WAIT)
        .until(() -> "ACCEPTED".equals(data.revisionStatus(round, "0180", 1)));

    given()
        .get(Api.submissionPath(round, "0180") + "/revisions")
        .then()
        .statusCode(200)
        .body("revision", equalTo(List.of(2, 1)))
        .body("status", equalTo(List.of("REJECTED", "ACCEPTED")))
        .body("counts", equalTo(List.of(false, true)))
        .body("[0].violations[0].text.sv", equalTo("Frågan måste besvaras."))
        .body("[1].answers.'plan.exists'", equalTo("yes"));
    given()
        .get(Api.submissionPath(round, "0180"))
        .then()
        .statusCode(200)
        .body("violations[0].message", equalTo("is required"))
        .body("violations[0].text.en", equalTo("This question must be answered."));
  }

  private static io.restassured.response.Response check(String round, String org, String body) {
    return given()
        .contentType(ContentType.JSON)
        .body(body)
        .post(Api.submissionPath(round, org) + "/check");
  }

  private static void publish(String round, String type, String json) {
    KAFKA.produce(
        Topics.VALIDATIONS,
        round + "/0180",
        json,
        EventHeaders.of(type).source("/enkat/validation").time("2025-03-02T10:00:00Z").toMap());
  }

  private static String accepted(String round, int revision) {
    return """
        {"schemaVersion": 1, "round": "%s", "organisation": "0180", "organisationType": "MUNICIPALITY",
         "county": "01", "revision": %d, "questionnaire": {"id": "q", "version": 1},
         "answers": {"plan.exists": "yes"}, "comments": {},
         "submittedAt": "2025-03-02T09:00:00Z", "validatedAt": "2025-03-02T10:00:00Z"}
        """
        .formatted(round, revision);
  }

  private static String rejected(String round, int revision) {
    return """
        {"schemaVersion": 1, "round": "%s", "organisation": "0180", "revision": %d,
         "questionnaire": {"id": "q", "version": 1},
         "violations": [{"question": "plan.level", "code": "required", "message": "is required"}],
         "submittedAt": "2025-03-02T09:00:00Z", "validatedAt": "2025-03-02T10:00:00Z"}
        """
        .formatted(round, revision);
  }
}
