package se.enkat.indicator.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.CloudEventHeaders;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundOpened.InvitedOrganisation;
import se.enkat.common.events.Topics;
import se.enkat.indicator.Answers2025;
import se.enkat.indicator.domain.CellKey;
import se.enkat.indicator.domain.CompiledIndicator;
import se.enkat.indicator.domain.Count;
import se.enkat.indicator.domain.DefaultIndicators;
import se.enkat.indicator.domain.IndicatorCompiler;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.indicator.domain.IndicatorSet;
import se.enkat.indicator.domain.Respondent;
import se.enkat.questionnaire.Questionnaires;
import se.enkat.questionnaire.model.OrganisationType;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.Questionnaire;
import se.enkat.testing.EventSchemas;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.TestRecord;

/**
 * The service end to end against the real Kafka broker and PostgreSQL: events are produced to the
 * input topics as the other services' outbox relays write them, values are read over the API and
 * announcements from enkat.indicators.v1.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class IndicatorFlowTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Questionnaire Q2025 = Questionnaires.patientsakerhet2025();
  private static final List<String> COUNTIES =
      List.of(
          "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13", "14", "17", "18", "19",
          "20", "21", "22", "23", "24", "25");

  private static KafkaTestClient kafka;

  @Inject ObjectMapper json;
  @Inject Pool pool;
  @Inject se.enkat.indicator.service.RoundDiscovery discovery;
  @Inject KafkaClientService kafkaClients;
  @Inject se.enkat.messaging.deadletter.DeadLetterQueues deadLetterQueues;

  @BeforeAll
  static void connect() {
    kafka = KafkaTestClient.forTestStack();
  }

  @AfterAll
  static void disconnect() {
    if (kafka != null) {
      kafka.close();
    }
  }

  @Test
  void valuesAfterAStreamWithRevisionsEqualARebuildCellByCellAndTheRoundTurnsFinalOnce() {
    TestEvents events = new TestEvents(kafka, json);
    String round = newRound();
    List<InvitedOrganisation> population = population(21, 20);
    events.roundOpened(round, population);
    Random random = new Random(2025);
    Map<String, Respondent> latest = new HashMap<>();
    long verdicts = 0;
    // All regions and 15 of 20 municipalities answer; some revise, some are rejected first, and
    // some revisions arrive after a newer one (which must not win).
    List<InvitedOrganisation> answering = population.subList(0, 36);
    for (int i = 0; i < answering.size(); i++) {
      InvitedOrganisation org = answering.get(i);
      Map<String, Object> first = answers(org, random);
      events.accepted(round, org.code(), org.type(), org.county(), 1, first);
      latest.put(org.code(), respondent(org, first));
      verdicts++;
      if (i % 3 == 0) {
        events.rejected(round, org.code(), 2);
        Map<String, Object> third = answers(org, random);
        events.accepted(round, org.code(), org.type(), org.county(), 3, third);
        latest.put(org.code(), respondent(org, third));
        verdicts += 2;
      }
      if (i % 5 == 0) {
        Map<String, Object> fifth = answers(org, random);
        events.accepted(round, org.code(), org.type(), org.county(), 5, fifth);
        events.accepted(round, org.code(), org.type(), org.county(), 4, answers(org, random));
        latest.put(org.code(), respondent(org, fifth));
        verdicts += 2;
      }
    }
    events.roundClosed(round, verdicts);

    awaitFinal(round);
    Map<String, Count> live = values(round);

    assertThat(live).isEqualTo(expected(latest.values(), List.of()));
    int changed =
        given()
            .post("/api/v1/rounds/{id}/indicators/rebuild", round)
            .then()
            .statusCode(200)
            .extract()
            .path("cellsChanged");
    assertThat(changed).as("a rebuild from the stored answers changes no cell").isZero();
    assertThat(values(round)).isEqualTo(live);
    assertThat(eventsOfType(round, EventTypes.ROUND_VALUES_FINAL)).hasSize(1);
    assertThat(
            data(eventsOfType(round, EventTypes.ROUND_VALUES_FINAL).get(0))
                .path("verdictsApplied")
                .asLong())
        .isEqualTo(verdicts);
    given()
        .get("/api/v1/rounds/{id}/indicators/response-rate", round)
        .then()
        .statusCode(200)
        .body("find { it.type == 'REGION' }.invited", org.hamcrest.Matchers.is(21))
        .body("find { it.type == 'REGION' }.accepted", org.hamcrest.Matchers.is(21))
        .body("find { it.type == 'MUNICIPALITY' }.invited", org.hamcrest.Matchers.is(20))
        .body("find { it.type == 'MUNICIPALITY' }.accepted", org.hamcrest.Matchers.is(15))
        .body("find { it.type == 'MUNICIPALITY' }.percent", org.hamcrest.Matchers.is(75.0f));
  }

  @Test
  void theStreamReplayedFromTheStartOfTheTopicsIntoAnEmptyDatabaseGivesIdenticalValues() {
    TestEvents events = new TestEvents(kafka, json);
    String round = newRound();
    List<InvitedOrganisation> population = population(5, 10);
    events.roundOpened(round, population);
    Random random = new Random(7);
    long verdicts = 0;
    for (InvitedOrganisation org : population) {
      for (int revision = 1; revision <= 1 + random.nextInt(3); revision++) {
        events.accepted(
            round, org.code(), org.type(), org.county(), revision, answers(org, random));
        verdicts++;
      }
    }
    events.roundClosed(round, verdicts);
    awaitFinal(round);
    Map<String, Count> original = values(round);
    assertThat(original).isNotEmpty();

    execute(
        "truncate round, invited_organisation, answer_set, applied_verdict, indicator_definition,"
            + " indicator_value, processed_event");
    given().get("/api/v1/rounds/{id}/indicators/values", round).then().statusCode(404);
    for (String channel : List.of("rounds", "validations")) {
      kafkaClients
          .getConsumer(channel)
          .runOnPollingThread(
              (java.util.function.Consumer<
                      org.apache.kafka.clients.consumer.Consumer<Object, Object>>)
                  consumer -> consumer.seekToBeginning(consumer.assignment()))
          .await()
          .atMost(Duration.ofSeconds(10));
    }

    kafka.await(
        Topics.INDICATORS,
        r ->
            round.equals(r.key())
                && EventTypes.ROUND_VALUES_FINAL.equals(r.header(CloudEventHeaders.TYPE))
                && r.offset() > 0
                && eventsOfType(round, EventTypes.ROUND_VALUES_FINAL).size() == 2,
        TIMEOUT);
    assertThat(values(round)).isEqualTo(original);
  }

  @Test
  void aRedeliveredEventChangesNothing() {
    TestEvents events = new TestEvents(kafka, json);
    String round = newRound();
    List<InvitedOrganisation> population = population(1, 2);
    InvitedOrganisation org = population.get(1);
    events.roundOpened(round, population);
    Map<String, Object> first = Map.of("plan.exists", "yes", "plan.level", "political");
    String eventId = events.accepted(round, org.code(), org.type(), org.county(), 1, first);
    await()
        .atMost(TIMEOUT)
        .ignoreExceptions()
        .until(() -> values(round).containsKey(key("plan.exists", "organisation", org)));
    Map<String, Count> before = values(round);
    // The first revision's announcement is relayed shortly after its commit: wait for it.
    int updatesBefore = kafka.await(Topics.INDICATORS, isUpdateOf(round), TIMEOUT).size();

    events.accepted(eventId, round, org.code(), org.type(), org.county(), 1, first);
    // The same revision again under a new event id (a verdict published twice) counts once too.
    events.accepted(round, org.code(), org.type(), org.county(), 1, first);
    // A later revision on the same partition: once it is applied, the duplicates were handled.
    Map<String, Object> second = Map.of("plan.exists", "no");
    events.accepted(round, org.code(), org.type(), org.county(), 2, second);
    await()
        .atMost(TIMEOUT)
        .ignoreExceptions()
        .until(() -> !values(round).containsKey(key("plan.level", "organisation", org)));

    assertThat(before).isEqualTo(expected(List.of(respondent(org, first)), List.of()));
    assertThat(values(round)).isEqualTo(expected(List.of(respondent(org, second)), List.of()));
    await()
        .atMost(TIMEOUT)
        .until(
            () -> eventsOfType(round, EventTypes.INDICATOR_VALUES_UPDATED).size() > updatesBefore);
    assertThat(eventsOfType(round, EventTypes.INDICATOR_VALUES_UPDATED))
        .as("only the second revision announced changes")
        .hasSize(updatesBefore + 1);
    JsonNode update =
        data(eventsOfType(round, EventTypes.INDICATOR_VALUES_UPDATED).get(updatesBefore));
    assertThat(update.path("schemaVersion").asInt()).isEqualTo(2);
    assertThat(update.path("organisations")).hasSize(1);
    JsonNode own = update.path("organisations").get(0);
    assertThat(own.path("organisation").asText()).isEqualTo(org.code());
    assertThat(own.path("cells").path("plan.exists").path("").toString())
        .as("the share's cell changed to 0 of 1")
        .isEqualTo("[0,1]");
    assertThat(own.path("cells").path("plan.level").path("political").toString())
        .as("the follow-up is no longer asked: its cell is gone")
        .isEqualTo("[0,0]");
    assertThat(update.path("cells"))
        .as("national and county cells are announced cell by cell")
        .isNotEmpty()
        .allMatch(cell -> !cell.path("level").asText().equals("organisation"));
    assertThat(verdictsApplied(round)).isEqualTo(2);
  }

  @Test
  void aCustomCompositeIndicatorIsComputedAtOnceAndKeptUpToDate() {
    TestEvents events = new TestEvents(kafka, json);
    String round = newRound();
    List<InvitedOrganisation> population = population(1, 4);
    events.roundOpened(round, population);
    InvitedOrganisation region = population.get(0);
    List<Map<String, Object>> municipalities =
        List.of(
            documented("yes", "yes"),
            documented("yes", "no"),
            documented("no", null),
            Map.of("plan.exists", "no"));
    events.accepted(
        round, region.code(), region.type(), region.county(), 1, documented("yes", "yes"));
    for (int i = 0; i < 4; i++) {
      InvitedOrganisation m = population.get(i + 1);
      events.accepted(round, m.code(), m.type(), m.county(), 1, municipalities.get(i));
    }
    await()
        .atMost(TIMEOUT)
        .ignoreExceptions()
        .until(() -> count(values(round), "plan.exists", "MUNICIPALITY") != null);

    String composite =
        "{\"id\":\"hygiene.routine_in_management_system\","
            + "\"title\":{\"sv\":\"Rutin i ledningssystemet\",\"en\":\"Routine in the management"
            + " system\"},\"focusArea\":\"risk-assessment-and-training\",\"direction\":\"HIGHER_IS_BETTER\","
            + "\"numerator\":\"answers['hygiene.documented'] == 'yes' &&"
            + " answers['hygiene.documented.management_system'] == 'yes'\","
            + "\"denominator\":\"org.type == 'MUNICIPALITY'\"}";
    given()
        .contentType(ContentType.JSON)
        .body(composite)
        .post("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(201)
        .body("kind", org.hamcrest.Matchers.is("CUSTOM"))
        .body(
            "sourceQuestions",
            org.hamcrest.Matchers.contains(
                "hygiene.documented", "hygiene.documented.management_system"));

    assertThat(count(values(round), "hygiene.routine_in_management_system", "MUNICIPALITY"))
        .isEqualTo(new Count(1, 4));
    assertThat(count(values(round), "hygiene.routine_in_management_system", "REGION")).isNull();
    given()
        .queryParam("indicator", "hygiene.routine_in_management_system")
        .queryParam("level", "national")
        .get("/api/v1/rounds/{id}/indicators/values", round)
        .then()
        .statusCode(200)
        .body("[0].percent", org.hamcrest.Matchers.is(25.0f))
        .body("[0].numerator", org.hamcrest.Matchers.is(1))
        .body("[0].denominator", org.hamcrest.Matchers.is(4));

    InvitedOrganisation second = population.get(2);
    events.accepted(
        round, second.code(), second.type(), second.county(), 2, documented("yes", "yes"));
    await()
        .atMost(TIMEOUT)
        .ignoreExceptions()
        .until(
            () ->
                new Count(2, 4)
                    .equals(
                        count(
                            values(round),
                            "hygiene.routine_in_management_system",
                            "MUNICIPALITY")));
    kafka.await(
        Topics.INDICATORS,
        r ->
            round.equals(r.key())
                && (round + "/hygiene.routine_in_management_system")
                    .equals(r.header(CloudEventHeaders.SUBJECT)),
        TIMEOUT);
    assertThat(eventsOfType(round, EventTypes.INDICATOR_DEFINED))
        .extracting(r -> data(r).path("indicator").asText())
        .contains("plan.exists", "plan.level", "hygiene.routine_in_management_system");
    given()
        .get("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.is(42))
        .body("[41].id", org.hamcrest.Matchers.is("hygiene.routine_in_management_system"))
        .body("[1].categories.value", org.hamcrest.Matchers.hasItem("political"))
        .body(
            "definition.sv", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()))
        .body(
            "definition.en", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()))
        .body(
            "[0].definition.sv",
            org.hamcrest.Matchers.startsWith(
                "Andelen som svarat ja på frågan ”Har vårdgivaren en lokal handlingsplan"))
        .body(
            "[0].definition.en",
            org.hamcrest.Matchers.containsString("among those that answered it"))
        .body(
            "[1].definition.sv",
            org.hamcrest.Matchers.startsWith("Fördelningen av svaren på frågan"))
        .body(
            "[41].definition.sv",
            org.hamcrest.Matchers.containsString("räknat ur svaren på frågorna ”Har vårdgivaren"));
    given()
        .queryParam("focusArea", "risk-assessment-and-training")
        .get("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.contains("hygiene.routine_in_management_system"));
  }

  @Test
  void anUnknownFocusAreaIsRefusedAndFocusAreaAndDescriptionStayOptional() {
    String round = newRound();
    new TestEvents(kafka, json).roundOpened(round, population(1, 1));
    await().atMost(TIMEOUT).ignoreExceptions().until(() -> definitionsStatus(round) == 200);

    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"id\":\"dev.forums\",\"title\":{\"sv\":\"Forum\",\"en\":\"Forums\"},"
                + "\"focusArea\":\"no-such-area\",\"numerator\":\"true\",\"denominator\":\"true\"}")
        .post("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", org.hamcrest.Matchers.is("focusArea"))
        .body("violations[0].message", org.hamcrest.Matchers.containsString("no-such-area"));
    given()
        .queryParam("focusArea", "no-such-area")
        .get("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(400)
        .body("violations[0].field", org.hamcrest.Matchers.is("focusArea"));
    given()
        .contentType(ContentType.JSON)
        .body(
            request(
                "plain",
                "answers['collaboration.shared_forums'] == 'yes'",
                "'collaboration.shared_forums' in answers"))
        .post("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(201)
        .body("definition.sv", org.hamcrest.Matchers.containsString("”Har vårdgivaren gemensamma"))
        .body("definition.en", org.hamcrest.Matchers.containsString("counted from the answers"));
    given()
        .contentType(ContentType.JSON)
        .body(
            "{\"id\":\"described\",\"title\":{\"sv\":\"T\",\"en\":\"T\"},"
                + "\"description\":{\"sv\":\"Egen definition\",\"en\":\"Own definition\"},"
                + "\"focusArea\":\"shared-forums-in-care-chains\","
                + "\"numerator\":\"true\",\"denominator\":\"true\"}")
        .post("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(201)
        .body("focusArea", org.hamcrest.Matchers.is("shared-forums-in-care-chains"))
        .body("definition.sv", org.hamcrest.Matchers.is("Egen definition"));
  }

  @Test
  void aCustomIndicatorDefinedWhileTheRoundIsDraftIsCountedOnceItOpens() throws Throwable {
    TestEvents events = new TestEvents(kafka, json);
    String round = newRound();
    // what RoundDiscovery stores when collection shows a DRAFT round this service has not heard of
    JsonNode questionnaire = TestEvents.questionnaire2025();
    JsonNode title = json.readTree("{\"sv\":\"Utkast\",\"en\":\"Draft\"}");
    List<se.enkat.indicator.domain.IndicatorDefinition> defaults =
        se.enkat.indicator.service.RoundEventService.defaults(questionnaire.toString());
    io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(
        () -> discovery.store(round, questionnaire, title, defaults));
    given()
        .contentType(ContentType.JSON)
        .body(
            request(
                "draft.plan_yes", "answers['plan.exists'] == 'yes'", "'plan.exists' in answers"))
        .post("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(201);
    given()
        .get("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.is(42))
        .body("findAll { it.id == 'draft.plan_yes' }.size()", org.hamcrest.Matchers.is(1));

    List<InvitedOrganisation> population = population(0, 3);
    events.roundOpened(round, population);
    for (int i = 0; i < 3; i++) {
      InvitedOrganisation m = population.get(i);
      events.accepted(
          round, m.code(), m.type(), m.county(), 1, Map.of("plan.exists", i == 0 ? "no" : "yes"));
    }
    await()
        .atMost(TIMEOUT)
        .ignoreExceptions()
        .until(
            () -> new Count(2, 3).equals(count(values(round), "draft.plan_yes", "MUNICIPALITY")));
    assertThat(count(values(round), "plan.exists", "MUNICIPALITY")).isEqualTo(new Count(2, 3));
    // round.opened found the defaults already stored: each is announced once, not twice
    await()
        .atMost(TIMEOUT)
        .untilAsserted(
            () ->
                assertThat(eventsOfType(round, EventTypes.INDICATOR_DEFINED))
                    .extracting(r -> data(r).path("indicator").asText())
                    .containsOnlyOnce("plan.exists", "draft.plan_yes"));
    given()
        .get("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(200)
        .body("size()", org.hamcrest.Matchers.is(42));
  }

  @Test
  void aBadCustomIndicatorIsRefusedWithTheReason() {
    TestEvents events = new TestEvents(kafka, json);
    String round = newRound();
    events.roundOpened(round, population(1, 1));
    await().atMost(TIMEOUT).ignoreExceptions().until(() -> definitionsStatus(round) == 200);

    assertRefused(round, "answers['plan.exist'] == 'yes'", "true", 400, "unknown question");
    assertRefused(round, "true", "answers['plan.exists']", 400, "not boolean");
    assertRefused(round, "answers['plan.exists'] ==", "true", 400, "does not compile");
    assertRefused(round, "true", "true", 201, null);
    assertRefused(round, "true", "true", 409, "already has");
    given()
        .contentType(ContentType.JSON)
        .body(request("plan.exists", "true", "true"))
        .post("/api/v1/rounds/{id}/indicators", round)
        .then()
        .statusCode(409);
    given()
        .contentType(ContentType.JSON)
        .body(request("x", "true", "true"))
        .post("/api/v1/rounds/{id}/indicators", "no-such-round")
        .then()
        .statusCode(404);
  }

  @Test
  void everyAnnouncementValidatesAgainstItsSchema() {
    TestEvents events = new TestEvents(kafka, json);
    String round = newRound();
    List<InvitedOrganisation> population = population(1, 1);
    events.roundOpened(round, population);
    InvitedOrganisation org = population.get(0);
    events.accepted(round, org.code(), org.type(), org.county(), 1, documented("yes", "yes"));
    events.roundClosed(round, 1);
    awaitFinal(round);

    List<TestRecord> announced =
        kafka.readAll(Topics.INDICATORS).stream().filter(r -> round.equals(r.key())).toList();
    assertThat(announced)
        .extracting(r -> r.header(CloudEventHeaders.TYPE))
        .contains(
            EventTypes.INDICATOR_DEFINED,
            EventTypes.INDICATOR_VALUES_UPDATED,
            EventTypes.ROUND_VALUES_FINAL);
    for (TestRecord record : announced) {
      String type = record.header(CloudEventHeaders.TYPE);
      assertThat(schema(type).validate(data(record))).as(type + " " + record.value()).isEmpty();
    }
  }

  @Test
  void aPoisonMessageGoesToTheDeadLetterTopicAndTheNextEventIsStillApplied() {
    TestEvents events = new TestEvents(kafka, json);
    String round = newRound();
    List<InvitedOrganisation> population = population(1, 1);
    events.roundOpened(round, population);
    InvitedOrganisation org = population.get(0);
    String key = round + "/" + org.code();

    events.raw(Topics.VALIDATIONS, key, EventTypes.SUBMISSION_ACCEPTED, "not json {");
    events.accepted(round, org.code(), org.type(), org.county(), 1, documented("yes", "no"));

    List<TestRecord> dead =
        kafka.await(Topics.deadLetter(Topics.VALIDATIONS), r -> key.equals(r.key()), TIMEOUT);
    assertThat(dead.get(0).value()).isEqualTo("not json {");
    assertThat(dead.get(0).header("dead-letter-reason")).contains("not a valid");
    await()
        .atMost(TIMEOUT)
        .ignoreExceptions()
        .until(() -> values(round).containsKey(key("hygiene.documented", "organisation", org)));
  }

  @Test
  void verdictsDeadLetteredByAFaultAreReplayedAfterTheFixAndTheRoundThenTurnsFinal() {
    TestEvents events = new TestEvents(kafka, json);
    String round = newRound();
    List<InvitedOrganisation> population = population(1, 1);
    events.roundOpened(round, population);
    await()
        .atMost(TIMEOUT)
        .until(() -> count("select count(*) from round where round_id = $1", round) == 1);
    try {
      // A fault no retry fixes while the database itself answers: every batch fails alike.
      execute("alter table answer_set rename to answer_set_moved_away");
      for (InvitedOrganisation org : population) {
        events.accepted(round, org.code(), org.type(), org.county(), 1, documented("yes", "no"));
      }
      for (InvitedOrganisation org : population) {
        String key = round + "/" + org.code();
        List<TestRecord> dead =
            kafka.await(Topics.deadLetter(Topics.VALIDATIONS), r -> key.equals(r.key()), TIMEOUT);
        assertThat(dead.get(0).header("dead-letter-reason")).contains("failed 5 times");
      }
    } finally {
      execute("alter table if exists answer_set_moved_away rename to answer_set");
    }
    events.roundClosed(round, population.size());
    await()
        .atMost(TIMEOUT)
        .until(
            () ->
                count(
                        "select count(*) from round where round_id = $1 and closed_at is not null",
                        round)
                    == 1);
    assertThat(verdictsApplied(round)).isZero();
    assertThat(eventsOfType(round, EventTypes.ROUND_VALUES_FINAL)).isEmpty();

    assertThat(deadLetterQueues.replay(Topics.VALIDATIONS)).isGreaterThanOrEqualTo(2);

    awaitFinal(round);
    assertThat(verdictsApplied(round)).isEqualTo(2);
    assertThat(
            data(eventsOfType(round, EventTypes.ROUND_VALUES_FINAL).get(0))
                .path("verdictsApplied")
                .asLong())
        .isEqualTo(2);
  }

  @Test
  @TestSecurity(user = "someone", roles = "respondent")
  void onlyAnAdminReadsIndicators() {
    given().get("/api/v1/rounds/{id}/indicators/values", "any").then().statusCode(403);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private void assertRefused(
      String round, String numerator, String denominator, int status, String reason) {
    var response =
        given()
            .contentType(ContentType.JSON)
            .body(request("custom", numerator, denominator))
            .post("/api/v1/rounds/{id}/indicators", round)
            .then()
            .statusCode(status);
    if (reason != null) {
      response
          .contentType("application/problem+json")
          .body("detail", org.hamcrest.Matchers.containsString(reason));
    }
  }

  private static String request(String id, String numerator, String denominator) {
    return "{\"id\":\""
        + id
        + "\",\"title\":{\"sv\":\"T\",\"en\":\"T\"},\"numerator\":\""
        + numerator.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"denominator\":\""
        + denominator
        + "\"}";
  }

  private int definitionsStatus(String round) {
    return given().get("/api/v1/rounds/{id}/indicators", round).then().extract().statusCode();
  }

  private static String newRound() {
    return "it-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The first {@code regions} regions and {@code municipalities} municipalities, in order. */
  private static List<InvitedOrganisation> population(int regions, int municipalities) {
    List<InvitedOrganisation> population = new ArrayList<>();
    for (int i = 0; i < regions; i++) {
      String county = COUNTIES.get(i);
      population.add(new InvitedOrganisation(county, "Region " + county, "REGION", county));
    }
    for (int i = 0; i < municipalities; i++) {
      String county = COUNTIES.get(i % COUNTIES.size());
      String code = county + (80 + i / COUNTIES.size());
      population.add(new InvitedOrganisation(code, "Kommun " + code, "MUNICIPALITY", county));
    }
    return population;
  }

  private static Map<String, Object> answers(InvitedOrganisation org, Random random) {
    return Answers2025.random(Q2025, OrganisationType.valueOf(org.type()), random);
  }

  private static Map<String, Object> documented(String documented, String managementSystem) {
    Map<String, Object> answers = new LinkedHashMap<>();
    answers.put("hygiene.documented", documented);
    if (managementSystem != null) {
      answers.put("hygiene.documented.management_system", managementSystem);
    }
    return answers;
  }

  private static Respondent respondent(InvitedOrganisation org, Map<String, Object> answers) {
    return new Respondent(org.code(), org.type(), org.county(), answers);
  }

  /** The values the default indicators (plus {@code custom}) give over these respondents. */
  private static Map<String, Count> expected(
      Iterable<Respondent> respondents, List<IndicatorDefinition> custom) {
    Set<String> questionIds = Q2025.questions().map(Question::id).collect(Collectors.toSet());
    List<CompiledIndicator> compiled = new ArrayList<>();
    List<IndicatorDefinition> all = new ArrayList<>(DefaultIndicators.of(Q2025));
    all.addAll(custom);
    for (IndicatorDefinition definition : all) {
      try {
        compiled.add(IndicatorCompiler.compile(definition, questionIds));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
    Map<String, Count> expected = new HashMap<>();
    new IndicatorSet(compiled)
        .totals(respondents)
        .forEach((key, count) -> expected.put(key(key), count));
    return expected;
  }

  private static String key(CellKey key) {
    return String.join(
        "|",
        key.indicator(),
        key.level().json(),
        String.valueOf(key.type()),
        String.valueOf(key.county()),
        String.valueOf(key.organisation()),
        String.valueOf(key.category()));
  }

  private static String key(String indicator, String level, InvitedOrganisation org) {
    return String.join(
        "|", indicator, level, org.type(), org.county(), org.code(), String.valueOf((Object) null));
  }

  /** Every value of the round over the API, keyed as {@link #key(CellKey)}. */
  private Map<String, Count> values(String round) {
    String body =
        given()
            .get("/api/v1/rounds/{id}/indicators/values", round)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    Map<String, Count> values = new HashMap<>();
    for (JsonNode v : read(body)) {
      String key =
          String.join(
              "|",
              v.path("indicator").asText(),
              v.path("level").asText(),
              text(v, "type"),
              text(v, "county"),
              text(v, "organisation"),
              text(v, "category"));
      Count count = new Count(v.path("numerator").asLong(), v.path("denominator").asLong());
      assertThat(v.path("percent").decimalValue()).isEqualByComparingTo(count.percent());
      values.put(key, count);
    }
    return values;
  }

  private static Count count(Map<String, Count> values, String indicator, String type) {
    return values.get(String.join("|", indicator, "national", type, "null", "null", "null"));
  }

  private static String text(JsonNode node, String field) {
    return node.hasNonNull(field) ? node.get(field).asText() : "null";
  }

  private void awaitFinal(String round) {
    kafka.await(
        Topics.INDICATORS,
        r ->
            round.equals(r.key())
                && EventTypes.ROUND_VALUES_FINAL.equals(r.header(CloudEventHeaders.TYPE)),
        TIMEOUT);
  }

  private static java.util.function.Predicate<TestRecord> isUpdateOf(String round) {
    return r ->
        round.equals(r.key())
            && EventTypes.INDICATOR_VALUES_UPDATED.equals(r.header(CloudEventHeaders.TYPE));
  }

  private List<TestRecord> eventsOfType(String round, String type) {
    return kafka.readAll(Topics.INDICATORS).stream()
        .filter(r -> round.equals(r.key()) && type.equals(r.header(CloudEventHeaders.TYPE)))
        .toList();
  }

  private void execute(String sql) {
    pool.query(sql).execute().await().atMost(Duration.ofSeconds(30));
  }

  private long count(String sql, String parameter) {
    return pool.preparedQuery(sql)
        .execute(Tuple.of(parameter))
        .await()
        .atMost(Duration.ofSeconds(10))
        .iterator()
        .next()
        .getLong(0);
  }

  private long verdictsApplied(String round) {
    return pool.preparedQuery("select verdicts_applied from round where round_id = $1")
        .execute(Tuple.of(round))
        .await()
        .atMost(Duration.ofSeconds(10))
        .iterator()
        .next()
        .getLong(0);
  }

  private static JsonSchema schema(String type) {
    assertThat(
            IndicatorFlowTest.class
                .getClassLoader()
                .getResource("schemas/events/" + type + ".json"))
        .as("schema of " + type)
        .isNotNull();
    return EventSchemas.schema(type);
  }

  private JsonNode data(TestRecord record) {
    return read(record.value());
  }

  private JsonNode read(String text) {
    try {
      return json.readTree(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
