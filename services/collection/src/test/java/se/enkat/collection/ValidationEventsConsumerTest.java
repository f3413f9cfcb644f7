package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.Topics;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.KafkaTestClient;

/** Verdicts from the validation service reach the revision they judge, once, in any order. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ValidationEventsConsumerTest {

  private static final KafkaTestClient KAFKA = KafkaTestClient.shared();
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject TestData data;

  @Test
  void aRejectionShowsItsViolationsToTheRespondent() {
    String round = Api.openRoundFor(List.of("0180"));
    Api.submit(round, "0180", "k1", Api.ANSWERS).then().statusCode(202);

    publish(UUID.randomUUID().toString(), "submission.rejected", rejected(round, "0180", 1));

    Awaitility.await().atMost(WAIT).until(() -> "REJECTED".equals(status(round, "0180", 1)));
    given()
        .get(Api.submissionPath(round, "0180"))
        .then()
        .statusCode(200)
        .body("status", equalTo("REJECTED"))
        .body("violations[0].question", equalTo("plan.level"))
        .body("violations[0].code", equalTo("REQUIRED"))
        .body("validatedAt", equalTo("2025-03-02T10:00:00Z"));
  }

  @Test
  void aLateVerdictOnAnOlderRevisionNeverOverwritesTheNewerOne() {
    String round = Api.openRoundFor(List.of("0180"));
    Api.submit(round, "0180", "k1", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "0180", "k2", Api.ANSWERS).then().statusCode(202);

    publish(UUID.randomUUID().toString(), "submission.accepted", accepted(round, "0180", 2));
    Awaitility.await().atMost(WAIT).until(() -> "ACCEPTED".equals(status(round, "0180", 2)));
    publish(UUID.randomUUID().toString(), "submission.rejected", rejected(round, "0180", 1));
    Awaitility.await().atMost(WAIT).until(() -> "REJECTED".equals(status(round, "0180", 1)));

    given()
        .get(Api.submissionPath(round, "0180"))
        .then()
        .body("revision", equalTo(2))
        .body("status", equalTo("ACCEPTED"))
        .body("violations.size()", equalTo(0));
  }

  @Test
  void aRedeliveredVerdictChangesNothing() {
    String round = Api.openRoundFor(List.of("0180"));
    Api.submit(round, "0180", "k1", Api.ANSWERS).then().statusCode(202);
    String eventId = UUID.randomUUID().toString();

    publish(eventId, "submission.accepted", accepted(round, "0180", 1));
    Awaitility.await().atMost(WAIT).until(() -> "ACCEPTED".equals(status(round, "0180", 1)));
    // The same event id again, even with other data, is a redelivery: skipped.
    publish(eventId, "submission.rejected", rejected(round, "0180", 1));
    String marker = UUID.randomUUID().toString();
    publish(marker, "submission.rejected", rejected(round, "0180", 1).replace("REQUIRED", "LATER"));
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                data.count("select count(*) from processed_event where event_id = ?", marker) == 1);
    assertThat(
            data.count(
                "select count(*) from submission_revision where round_id = ?"
                    + " and violations like '%REQUIRED%'",
                round))
        .isZero();
  }

  @Test
  void progressCountsEachInvitedOrganisationOncePerType() {
    String round = Api.openRoundFor(List.of("01", "0180", "0114", "1280"));
    Api.submit(round, "0180", "k1", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "0180", "k2", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "0114", "k1", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "01", "k1", Api.ANSWERS).then().statusCode(202);
    publish(UUID.randomUUID().toString(), "submission.accepted", accepted(round, "0180", 1));
    publish(UUID.randomUUID().toString(), "submission.rejected", rejected(round, "0180", 2));
    publish(UUID.randomUUID().toString(), "submission.rejected", rejected(round, "0114", 1));
    Awaitility.await().atMost(WAIT).until(() -> "REJECTED".equals(status(round, "0114", 1)));
    Awaitility.await().atMost(WAIT).until(() -> "REJECTED".equals(status(round, "0180", 2)));

    given()
        .get("/api/v1/rounds/" + round + "/progress")
        .then()
        .statusCode(200)
        .body("types.find { it.type == 'MUNICIPALITY' }.invited", equalTo(3))
        .body("types.find { it.type == 'MUNICIPALITY' }.submitted", equalTo(2))
        .body("types.find { it.type == 'MUNICIPALITY' }.accepted", equalTo(1))
        .body("types.find { it.type == 'MUNICIPALITY' }.rejected", equalTo(1))
        .body("types.find { it.type == 'MUNICIPALITY' }.responseRate.numerator", equalTo(1))
        .body("types.find { it.type == 'MUNICIPALITY' }.responseRate.denominator", equalTo(3))
        .body("types.find { it.type == 'MUNICIPALITY' }.responseRate.percent", equalTo(33.3f))
        .body("types.find { it.type == 'REGION' }.submitted", equalTo(1))
        .body("types.find { it.type == 'REGION' }.accepted", equalTo(0))
        .body("total.invited", equalTo(4));
  }

  @Test
  void poisonGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
    String round = Api.openRoundFor(List.of("0180"));
    Api.submit(round, "0180", "k1", Api.ANSWERS).then().statusCode(202);
    String key = round + "/0180";
    KAFKA.produce(Topics.VALIDATIONS, key, "{\"no\": \"headers\"}", Map.of());
    publish(key, UUID.randomUUID().toString(), "submission.accepted", "not json at all");
    publish(UUID.randomUUID().toString(), "submission.accepted", accepted(round, "0180", 7));
    publish(UUID.randomUUID().toString(), "submission.accepted", accepted(round, "0180", 1));

    Awaitility.await().atMost(WAIT).until(() -> "ACCEPTED".equals(status(round, "0180", 1)));
    var dead = KAFKA.await(Topics.deadLetter(Topics.VALIDATIONS), r -> key.equals(r.key()), WAIT);
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                KAFKA.readAll(Topics.deadLetter(Topics.VALIDATIONS)).stream()
                        .filter(r -> key.equals(r.key()))
                        .count()
                    == 3);
    assertThat(dead).allSatisfy(r -> assertThat(r.header("dead-letter-reason")).isNotBlank());
  }

  private void publish(String id, String type, String json) {
    publish(keyOf(json), id, type, json);
  }

  private void publish(String key, String id, String type, String json) {
    KAFKA.produce(
        Topics.VALIDATIONS,
        key,
        json,
        EventHeaders.of(type)
            .id(id)
            .source("/enkat/validation")
            .time("2025-03-02T10:00:00Z")
            .toMap());
  }

  private static String keyOf(String json) {
    var node = Events.data(new se.enkat.testing.TestRecord("", 0, 0, null, json, Map.of()));
    return node.get("round").asText() + "/" + node.get("organisation").asText();
  }

  private String status(String round, String organisation, int revision) {
    return data.revisionStatus(round, organisation, revision);
  }

  static String accepted(String round, String organisation, int revision) {
    return """
        {"schemaVersion": 1, "round": "%s", "organisation": "%s", "organisationType": "MUNICIPALITY",
         "county": "01", "revision": %d, "questionnaire": {"id": "q", "version": 1},
         "answers": {"plan.exists": "yes"}, "comments": {},
         "submittedAt": "2025-03-02T09:00:00Z", "validatedAt": "2025-03-02T10:00:00Z"}
        """
        .formatted(round, organisation, revision);
  }

  static String rejected(String round, String organisation, int revision) {
    return """
        {"schemaVersion": 1, "round": "%s", "organisation": "%s", "revision": %d,
         "questionnaire": {"id": "q", "version": 1},
         "violations": [{"question": "plan.level", "code": "REQUIRED", "message": "is required"}],
         "submittedAt": "2025-03-02T09:00:00Z", "validatedAt": "2025-03-02T10:00:00Z"}
        """
        .formatted(round, organisation, revision);
  }
}
