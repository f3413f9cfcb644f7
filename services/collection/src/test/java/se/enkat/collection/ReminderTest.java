package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.Topics;
import se.enkat.testing.KafkaTestClient;
import se.enkat.testing.SmtpTestResource;
import se.enkat.testing.TestRecord;

/**
 * Reminders through the outbox to a real SMTP server (GreenMail): one mail per respondent, the
 * Swedish template with English below, who was reminded when and by whom, and a redelivered event
 * that sends nothing twice.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ReminderTest {

  private static final KafkaTestClient KAFKA = KafkaTestClient.shared();
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String address(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.invalid";
  }

  private static void contacts(String organisation, String... emails) {
    List<String> items = new ArrayList<>();
    for (String email : emails) {
      items.add("{\"email\": \"" + email + "\", \"name\": \"Respondent\"}");
    }
    given()
        .contentType(ContentType.JSON)
        .body("[" + String.join(",", items) + "]")
        .put("/api/v1/organisations/" + organisation + "/contacts")
        .then()
        .statusCode(200);
  }

  /** What GreenMail received for an address. */
  private static JsonNode inbox(String address) throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(SmtpTestResource.messagesUrl(address))).build(),
            HttpResponse.BodyHandlers.ofString());
    return response.statusCode() == 200 ? JSON.readTree(response.body()) : JSON.createArrayNode();
  }

  /** The text of a quoted-printable UTF-8 body: soft line breaks joined, =XX bytes decoded. */
  private static String quotedPrintable(String mime) {
    String joined = mime.replace("=\r\n", "").replace("=\n", "");
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    for (int i = 0; i < joined.length(); i++) {
      char c = joined.charAt(i);
      if (c == '='
          && i + 2 < joined.length()
          && isHex(joined.charAt(i + 1))
          && isHex(joined.charAt(i + 2))) {
        bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0;
  }

  @Test
  void eachRespondentOfTheChosenOrganisationsGetsExactlyOneMail() throws Exception {
    String first = address("anna");
    String second = address("bo");
    contacts("0127", first, second);
    contacts("0128");
    String round = Api.openRoundFor(List.of("0127", "0128", "0180"));

    given()
        .contentType(ContentType.JSON)
        .body("{\"organisations\": [\"0127\", \"0128\"]}")
        .post("/api/v1/rounds/" + round + "/reminders")
        .then()
        .statusCode(202)
        .body("reminders", hasSize(1))
        .body("reminders[0].organisation", equalTo("0127"))
        .body("reminders[0].recipients", contains(first, second))
        .body("withoutContacts", contains("0128"));

    Awaitility.await()
        .atMost(WAIT)
        .until(() -> inbox(first).size() == 1 && inbox(second).size() == 1);
    JsonNode mail = inbox(first).get(0);
    assertThat(mail.path("subject").asText()).startsWith("Påminnelse: Uppföljning 2025");
    assertThat(mail.path("Message-ID").asText())
        .startsWith("<")
        .endsWith("@enkat.example.invalid>");
    assertThat(quotedPrintable(mail.path("mimeMessage").asText()))
        .contains(
            "Botkyrka (0127) har ännu inte lämnat in", "Botkyrka (0127) has not yet submitted")
        .contains("senast 2099-04-30", "by 2099-04-30")
        .contains("Message-ID: " + mail.path("Message-ID").asText());

    Awaitility.await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                given()
                    .get("/api/v1/rounds/" + round + "/reminders")
                    .then()
                    .statusCode(200)
                    .body("", hasSize(1))
                    .body("[0].status", equalTo("SENT"))
                    .body("[0].by", equalTo("admin"))
                    .body("[0].recipients.status", contains("SENT", "SENT")));
    String messageId =
        given()
            .get("/api/v1/rounds/" + round + "/reminders")
            .then()
            .extract()
            .path("[0].recipients[0].messageId");
    assertThat(mail.path("Message-ID").asText()).isEqualTo(messageId);

    given()
        .get("/api/v1/rounds/" + round + "/progress/organisations")
        .then()
        .body("find { it.organisation.code == '0127' }.reminders", hasSize(1))
        .body("find { it.organisation.code == '0127' }.reminders[0].by", equalTo("admin"))
        .body("find { it.organisation.code == '0128' }.reminders", hasSize(0));
    given()
        .get("/api/v1/rounds/" + round + "/audit?action=reminder")
        .then()
        .body("organisation", contains("0127"));
  }

  @Test
  void aRedeliveredReminderEventSendsNothingTwice() throws Exception {
    String respondent = address("cecilia");
    contacts("0136", respondent);
    String round = Api.openRoundFor(List.of("0136"));
    String remind = "{\"organisations\": [\"0136\"]}";
    given()
        .contentType(ContentType.JSON)
        .body(remind)
        .post("/api/v1/rounds/" + round + "/reminders")
        .then()
        .statusCode(202);
    Awaitility.await().atMost(WAIT).until(() -> inbox(respondent).size() == 1);

    // the event again, as Kafka redelivers it after a crash before the offset was committed
    TestRecord event =
        KAFKA.await(Topics.REMINDERS, r -> r.key().equals(round + "/0136"), WAIT).get(0);
    KAFKA.produce(Topics.REMINDERS, event.key(), event.value(), event.headers());
    // a second reminder behind it on the same partition: once it arrived, the replay was handled
    given()
        .contentType(ContentType.JSON)
        .body(remind)
        .post("/api/v1/rounds/" + round + "/reminders")
        .then()
        .statusCode(202);
    Awaitility.await().atMost(WAIT).until(() -> inbox(respondent).size() >= 2);
    Awaitility.await()
        .during(Duration.ofSeconds(2))
        .atMost(WAIT)
        .until(() -> inbox(respondent).size() == 2);
    JsonNode mails = inbox(respondent);
    assertThat(mails.get(0).path("Message-ID").asText())
        .isNotEqualTo(mails.get(1).path("Message-ID").asText());
    given().get("/api/v1/rounds/" + round + "/reminders").then().body("", hasSize(2));
  }

  @Test
  void remindersNeedAnOpenRoundAndInvitedOrganisations() {
    String round = Api.openRoundFor(List.of("0180"));
    String path = "/api/v1/rounds/" + round + "/reminders";
    given()
        .contentType(ContentType.JSON)
        .body("{\"organisations\": [\"0114\"]}")
        .post(path)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("organisations"));
    given()
        .contentType(ContentType.JSON)
        .body("{\"organisations\": []}")
        .post(path)
        .then()
        .statusCode(400);
    given().post("/api/v1/rounds/" + round + "/close").then().statusCode(200);
    given()
        .contentType(ContentType.JSON)
        .body("{\"organisations\": [\"0180\"]}")
        .post(path)
        .then()
        .statusCode(409);
    given()
        .contentType(ContentType.JSON)
        .body("{\"organisations\": [\"0180\"]}")
        .post("/api/v1/rounds/no-such-round/reminders")
        .then()
        .statusCode(404);
  }

  @Test
  void contactsAreCheckedAndStoredInLowerCase() {
    given()
        .contentType(ContentType.JSON)
        .body("[{\"email\": \"Resp-0160@Example.invalid\", \"name\": \"Tyresö\"}]")
        .put("/api/v1/organisations/0160/contacts")
        .then()
        .statusCode(200);
    given()
        .get("/api/v1/organisations/0160/contacts")
        .then()
        .statusCode(200)
        .body("email", contains("resp-0160@example.invalid"));
    given()
        .contentType(ContentType.JSON)
        .body("[{\"email\": \"not an address\"}]")
        .put("/api/v1/organisations/0160/contacts")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("[0].email"));
    given().get("/api/v1/organisations/9999/contacts").then().statusCode(404);
  }

  @Test
  @TestSecurity(user = "resp", roles = "respondent")
  void respondentsMayNotRemind() {
    given()
        .contentType(ContentType.JSON)
        .body("{\"organisations\": [\"0180\"]}")
        .post("/api/v1/rounds/x/reminders")
        .then()
        .statusCode(403);
    given().get("/api/v1/organisations/0180/contacts").then().statusCode(403);
  }
}
