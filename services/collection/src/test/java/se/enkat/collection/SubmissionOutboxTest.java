package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.enkat.collection.service.ReconciliationService;
import se.enkat.common.events.Topics;
import se.enkat.messaging.OutboxRelay;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestRecord;

/** A 202 submission is announced on enkat.submissions.v1 exactly once, whatever the relay does. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class SubmissionOutboxTest {

  private static final KafkaTestClient KAFKA = KafkaTestClient.shared();

  @Inject OutboxRelay relay;
  @Inject ReconciliationService reconciliation;
  @Inject TestData data;

  @AfterEach
  void resumeRelay() {
    relay.resume();
  }

  @Test
  void aSubmitPublishesExactlyOneSubmissionReceivedWithKeyHeadersAndSchema() {
    String round = Api.openRoundFor(List.of("0180"));
    Api.submit(round, "0180", "key-1", Api.ANSWERS)
        .then()
        .statusCode(202)
        .contentType(ContentType.JSON)
        .body("round", equalTo(round))
        .body("organisation", equalTo("0180"))
        .body("revision", equalTo(1))
        .body("status", equalTo("RECEIVED"));

    String key = round + "/0180";
    List<TestRecord> received =
        Events.awaitAll(KAFKA, Topics.SUBMISSIONS, key, "submission.received");
    assertThat(received).hasSize(1);
    TestRecord event = received.get(0);
    Events.assertCloudEventHeaders(event, "submission.received");
    assertThat(event.header("ce_subject"))
        .isEqualTo("rounds/" + round + "/submissions/0180/revisions/1");
    Events.assertMatchesSchema(event);
    JsonNode value = Events.data(event);
    assertThat(value.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(value.get("revision").asInt()).isEqualTo(1);
    assertThat(value.get("answers").get("plan.level").asText()).isEqualTo("political");
    assertThat(value.get("comments").get("plan.exists").asText()).isEqualTo("Beslutad 2024");
    assertThat(data.unsentOutboxRows(key)).isZero();
  }

  @Test
  void anEventWrittenWhileTheRelayIsDownIsDeliveredOnceWhenItComesBack() throws Exception {
    String round = Api.openRoundFor(List.of("0114"));
    String key = round + "/0114";
    relay.pause();
    Api.submit(round, "0114", "while-down", Api.ANSWERS).then().statusCode(202);

    // Committed with the revision, not yet published.
    assertThat(data.unsentOutboxRows(key)).isEqualTo(1);
    Thread.sleep(500);
    assertThat(Events.all(KAFKA, Topics.SUBMISSIONS, key, "submission.received")).isEmpty();

    relay.resume();
    assertThat(Events.awaitAll(KAFKA, Topics.SUBMISSIONS, key, "submission.received")).hasSize(1);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> data.unsentOutboxRows(key) == 0);
    relay.relayUntilEmpty().await().atMost(Duration.ofSeconds(10));
    assertThat(Events.all(KAFKA, Topics.SUBMISSIONS, key, "submission.received")).hasSize(1);
  }

  @Test
  void aRevisionStillReceivedLongAfterItsEventIsAnnouncedAgainWithTheSameEventId() {
    String round = Api.openRoundFor(List.of("0180"));
    String key = round + "/0180";
    Api.submit(round, "0180", "never-judged", Api.ANSWERS).then().statusCode(202);
    TestRecord first =
        Events.awaitAll(KAFKA, Topics.SUBMISSIONS, key, "submission.received").get(0);
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> data.unsentOutboxRows(key) == 0);

    reconciliation.reannounceStuck().await().atMost(Duration.ofSeconds(10));
    relay.relayUntilEmpty().await().atMost(Duration.ofSeconds(10));
    assertThat(Events.all(KAFKA, Topics.SUBMISSIONS, key, "submission.received"))
        .as("a revision waiting a few seconds is left alone")
        .hasSize(1);

    data.ageSubmissions(round, "0180", 10);
    assertThat(reconciliation.reannounceStuck().await().atMost(Duration.ofSeconds(10)))
        .isGreaterThanOrEqualTo(1);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> Events.all(KAFKA, Topics.SUBMISSIONS, key, "submission.received").size() == 2);
    List<TestRecord> both = Events.all(KAFKA, Topics.SUBMISSIONS, key, "submission.received");
    assertThat(both).extracting(r -> r.header("ce_id")).containsOnly(first.header("ce_id"));

    // Announced again just now: not again until another while has passed.
    reconciliation.reannounceStuck().await().atMost(Duration.ofSeconds(10));
    relay.relayUntilEmpty().await().atMost(Duration.ofSeconds(10));
    assertThat(Events.all(KAFKA, Topics.SUBMISSIONS, key, "submission.received")).hasSize(2);
  }

  @Test
  void theSameKeyAndBodyTwiceGiveTheSameReceiptAndOneEvent() {
    String round = Api.openRoundFor(List.of("0180"));
    String first =
        Api.submit(round, "0180", "retry-me", Api.ANSWERS)
            .then()
            .statusCode(202)
            .header("Idempotent-Replayed", "false")
            .extract()
            .asString();
    // Same JSON, other key order and spacing: the same body.
    String sameBody =
        "{ \"comments\": {\"plan.exists\": \"Beslutad 2024\"},"
            + " \"answers\": {\"plan.level\": \"political\", \"plan.exists\": \"yes\"} }";
    String second =
        Api.submit(round, "0180", "retry-me", sameBody)
            .then()
            .statusCode(202)
            .header("Idempotent-Replayed", "true")
            .extract()
            .asString();

    assertThat(parse(second)).isEqualTo(parse(first));
    assertThat(data.revisions(round)).isEqualTo(1);
    String key = round + "/0180";
    Events.awaitAll(KAFKA, Topics.SUBMISSIONS, key, "submission.received");
    relay.relayUntilEmpty().await().atMost(Duration.ofSeconds(10));
    assertThat(Events.all(KAFKA, Topics.SUBMISSIONS, key, "submission.received")).hasSize(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs409AndStoresNothing() {
    String round = Api.openRoundFor(List.of("0180"));
    Api.submit(round, "0180", "once", Api.ANSWERS).then().statusCode(202);
    Api.submit(round, "0180", "once", "{\"answers\": {\"plan.exists\": \"no\"}}")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409));
    assertThat(data.revisions(round)).isEqualTo(1);
    assertThat(data.outboxRows(round)).isEqualTo(2); // round.opened and one submission.received
  }

  @Test
  void eachNewSubmitIsANewRevisionAndTheLatestIsShown() {
    String round = Api.openRoundFor(List.of("0180"));
    Api.submit(round, "0180", "a", Api.ANSWERS).then().statusCode(202).body("revision", equalTo(1));
    Api.submit(round, "0180", "b", "{\"answers\": {\"plan.exists\": \"no\"}}")
        .then()
        .statusCode(202)
        .body("revision", equalTo(2));

    given()
        .get(Api.submissionPath(round, "0180"))
        .then()
        .statusCode(200)
        .body("revision", equalTo(2))
        .body("status", equalTo("RECEIVED"))
        .body("answers.'plan.exists'", equalTo("no"))
        .body("violations.size()", equalTo(0))
        .body("validatedAt", equalTo(null));
    List<TestRecord> events =
        Events.awaitAll(KAFKA, Topics.SUBMISSIONS, round + "/0180", "submission.received");
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                Events.all(KAFKA, Topics.SUBMISSIONS, round + "/0180", "submission.received").size()
                    == 2);
    assertThat(events).isNotEmpty();
    List<Integer> revisions =
        Events.all(KAFKA, Topics.SUBMISSIONS, round + "/0180", "submission.received").stream()
            .map(r -> Events.data(r).get("revision").asInt())
            .toList();
    assertThat(revisions).containsExactly(1, 2);
  }

  @Test
  void aDraftIsSavedAndReadBackButNeitherCountedNorAnnounced() {
    String round = Api.openRoundFor(List.of("0180"));
    given()
        .get(Api.submissionPath(round, "0180") + "/draft")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
    given()
        .contentType(ContentType.JSON)
        .body("{\"answers\": {\"plan.exists\": \"dont_know\"}}")
        .put(Api.submissionPath(round, "0180") + "/draft")
        .then()
        .statusCode(200)
        .body("answers.'plan.exists'", equalTo("dont_know"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"answers\": {\"plan.exists\": \"yes\"}, \"comments\": {\"plan.exists\": \"ok\"}}")
        .put(Api.submissionPath(round, "0180") + "/draft")
        .then()
        .statusCode(200);
    given()
        .get(Api.submissionPath(round, "0180") + "/draft")
        .then()
        .statusCode(200)
        .body("answers.'plan.exists'", equalTo("yes"))
        .body("comments.'plan.exists'", equalTo("ok"));
    given().get(Api.submissionPath(round, "0180")).then().statusCode(404);
    assertThat(data.revisions(round)).isZero();
    assertThat(data.outboxRows(round)).isEqualTo(1); // round.opened only
  }

  private static JsonNode parse(String json) {
    try {
      return Events.JSON.readTree(json);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
