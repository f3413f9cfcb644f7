package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.Topics;
import se.enkat.testing.EventHeaders;
import se.enkat.testing.KafkaTestClient;

/** The per-organisation progress list: each state, filters, and the same rows as CSV and XLSX. */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class OrganisationProgressTest {

  private static final KafkaTestClient KAFKA = KafkaTestClient.shared();
  private static final Duration WAIT = Duration.ofSeconds(20);

  @Inject TestData data;

  /** 0114 silent, 0115 draft only, 0117 received, 0120 rejected, 0180 accepted, 01 silent. */
  private String roundInEveryState() {
    String round = Api.openRoundFor(List.of("01", "0114", "0115", "0117", "0120", "0180"));
    given()
        .contentType(ContentType.JSON)
        .body(Api.ANSWERS)
        .put(Api.submissionPath(round, "0115") + "/draft")
        .then()
        .statusCode(200);
    for (String org : List.of("0117", "0120", "0180")) {
      Api.submit(round, org, "k1", Api.ANSWERS).then().statusCode(202);
    }
    verdict(round, "0120", "submission.rejected");
    verdict(round, "0180", "submission.accepted");
    Awaitility.await()
        .atMost(WAIT)
        .until(
            () ->
                "REJECTED".equals(data.revisionStatus(round, "0120", 1))
                    && "ACCEPTED".equals(data.revisionStatus(round, "0180", 1)));
    return round;
  }

  @Test
  void everyInvitedOrganisationHasOneRowWithItsState() {
    String round = roundInEveryState();
    String path = "/api/v1/rounds/" + round + "/progress/organisations";
    given()
        .get(path)
        .then()
        .statusCode(200)
        .body("organisation.code", contains("01", "0114", "0115", "0117", "0120", "0180"))
        .body("state", contains("SILENT", "SILENT", "DRAFT", "RECEIVED", "REJECTED", "ACCEPTED"))
        .body(
            "find { it.organisation.code == '0114' }.organisation.name", equalTo("Upplands Väsby"))
        .body("find { it.organisation.code == '0114' }.organisation.county", equalTo("01"))
        .body("find { it.organisation.code == '0114' }.revision", nullValue())
        .body("find { it.organisation.code == '0114' }.lastActivity", nullValue())
        .body("find { it.organisation.code == '0115' }.lastActivity", notNullValue())
        .body("find { it.organisation.code == '0120' }.revision", equalTo(1))
        .body(
            "find { it.organisation.code == '0120' }.violations[0].question", equalTo("plan.level"))
        .body(
            "find { it.organisation.code == '0120' }.violations[0].text.sv",
            equalTo("Frågan måste besvaras."))
        .body("find { it.organisation.code == '0180' }.violations.size()", equalTo(0))
        .body("find { it.organisation.code == '0180' }.closesAt", equalTo("2099-04-30"))
        .body("find { it.organisation.code == '0180' }.reminders.size()", equalTo(0))
        .body(
            "find { it.organisation.code == '0180' }.onBehalf",
            equalTo(true)); // an admin submitted it
  }

  @Test
  void filtersByStateTypeCountyAndText() {
    String round = roundInEveryState();
    String path = "/api/v1/rounds/" + round + "/progress/organisations";
    given()
        .queryParam("state", "SILENT")
        .queryParam("type", "MUNICIPALITY")
        .get(path)
        .then()
        .statusCode(200)
        .body("organisation.code", contains("0114"));
    given()
        .queryParam("state", "silent,draft")
        .get(path)
        .then()
        .body("organisation.code", contains("01", "0114", "0115"));
    given().queryParam("q", "väsby").get(path).then().body("organisation.code", contains("0114"));
    given().queryParam("county", "12").get(path).then().body("size()", equalTo(0));
    given()
        .queryParam("state", "LOST")
        .get(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  void theSameRowsComeAsCsvAndXlsx() throws Exception {
    String round = roundInEveryState();
    String path = "/api/v1/rounds/" + round + "/progress/organisations";
    String csv =
        given()
            .accept("text/csv")
            .get(path)
            .then()
            .statusCode(200)
            .contentType("text/csv")
            .extract()
            .asString();
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("organisation,name,type,county,state,revision");
    assertThat(lines).hasSize(7);
    assertThat(lines.get(5)).startsWith("0120,").contains(",REJECTED,1,").contains("plan.level: ");

    byte[] xlsx =
        given()
            .queryParam("format", "xlsx")
            .queryParam("state", "SILENT")
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      List<Row> rows = workbook.getFirstSheet().read();
      assertThat(rows).hasSize(3);
      assertThat(rows.get(1).getCellText(0)).isEqualTo("01");
      assertThat(rows.get(2).getCellText(0)).isEqualTo("0114");
      assertThat(rows.get(2).getCellText(4)).isEqualTo("SILENT");
    }
    given().accept("image/png").get(path).then().statusCode(406);
  }

  @Test
  void aDraftRoundListsWhoWouldBeInvitedAsSilent() {
    String round = TestData.newRoundId("r");
    Api.createRound(round, Api.uploadQuestionnaire(), "{\"organisations\": [\"0180\", \"01\"]}")
        .post("/api/v1/rounds")
        .then()
        .statusCode(201);
    given()
        .get("/api/v1/rounds/" + round + "/progress/organisations")
        .then()
        .statusCode(200)
        .body("organisation.code", contains("01", "0180"))
        .body("state", contains("SILENT", "SILENT"));
  }

  @Test
  @TestSecurity(user = "resp", roles = "respondent")
  void respondentsMayNotSeeIt() {
    given().get("/api/v1/rounds/x/progress/organisations").then().statusCode(403);
  }

  private void verdict(String round, String organisation, String type) {
    String json =
        type.equals("submission.accepted")
            ? """
            {"schemaVersion": 1, "round": "%s", "organisation": "%s", "organisationType": "MUNICIPALITY",
             "county": "01", "revision": 1, "questionnaire": {"id": "q", "version": 1},
             "answers": {"plan.exists": "yes"}, "comments": {},
             "submittedAt": "2025-03-02T09:00:00Z", "validatedAt": "2025-03-02T10:00:00Z"}
            """
            : """
            {"schemaVersion": 1, "round": "%s", "organisation": "%s", "revision": 1,
             "questionnaire": {"id": "q", "version": 1},
             "violations": [{"question": "plan.level", "code": "required", "message": "is required"}],
             "submittedAt": "2025-03-02T09:00:00Z", "validatedAt": "2025-03-02T10:00:00Z"}
            """;
    KAFKA.produce(
        Topics.VALIDATIONS,
        round + "/" + organisation,
        json.formatted(round, organisation),
        EventHeaders.of(type).source("/enkat/validation").time("2025-03-02T10:00:00Z").toMap());
  }
}
