package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.enkat.questionnaire.QuestionnaireJson;
import se.enkat.questionnaire.Questionnaires;

@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class QuestionnaireResourceTest {

  private static final String PATH = "/api/v1/questionnaires";

  /** The 2025 questionnaire under a fresh id, so each test owns its versions. */
  static ObjectNode questionnaire2025(String id) {
    ObjectNode json = QuestionnaireJson.mapper().valueToTree(Questionnaires.patientsakerhet2025());
    json.put("id", id);
    return json;
  }

  @Test
  void storesAVersionAndReadsItBack() {
    String id = "q-" + UUID.randomUUID();
    ObjectNode questionnaire = questionnaire2025(id);
    given()
        .contentType(ContentType.JSON)
        .body(questionnaire.toString())
        .post(PATH)
        .then()
        .statusCode(201)
        .header("Location", endsWith("/api/v1/questionnaires/" + id + "/versions/1"))
        .body("id", equalTo(id))
        .body("version", equalTo(1));
    given()
        .get(PATH + "/" + id + "/versions/1")
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("sections[0].questions[0].id", equalTo("plan.exists"))
        .body("sections.size()", equalTo(questionnaire.get("sections").size()));
  }

  @Test
  void theListShowsEveryStoredVersionWithTitleQuestionCountAndUploadTime() {
    String id = "q-" + UUID.randomUUID();
    ObjectNode questionnaire = questionnaire2025(id);
    given()
        .contentType(ContentType.JSON)
        .body(questionnaire.toString())
        .post(PATH)
        .then()
        .statusCode(201);
    questionnaire.put("version", 2);
    given()
        .contentType(ContentType.JSON)
        .body(questionnaire.toString())
        .post(PATH)
        .then()
        .statusCode(201);
    given()
        .get(PATH)
        .then()
        .statusCode(200)
        .body("findAll { it.id == '" + id + "' }.version", org.hamcrest.Matchers.contains(1, 2))
        .body("find { it.id == '" + id + "' }.questions", equalTo(44))
        .body(
            "find { it.id == '" + id + "' }.title.sv",
            equalTo(questionnaire.get("title").get("sv").asText()))
        .body("find { it.id == '" + id + "' }.uploadedAt", org.hamcrest.Matchers.notNullValue());
  }

  @Test
  void uploadingTheSameVersionAgainChangesNothingAndAnswers200() {
    String id = "q-" + UUID.randomUUID();
    String body = questionnaire2025(id).toString();
    given().contentType(ContentType.JSON).body(body).post(PATH).then().statusCode(201);
    given()
        .contentType(ContentType.JSON)
        .body(body)
        .post(PATH)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("version", equalTo(1));
  }

  @Test
  void anotherQuestionnaireUnderAStoredVersionIs409AndTheStoredOneStays() {
    String id = "q-" + UUID.randomUUID();
    ObjectNode original = questionnaire2025(id);
    given()
        .contentType(ContentType.JSON)
        .body(original.toString())
        .post(PATH)
        .then()
        .statusCode(201);
    ObjectNode changed = original.deepCopy();
    ((ObjectNode) changed.get("title")).put("en", "Changed title");
    given()
        .contentType(ContentType.JSON)
        .body(changed.toString())
        .post(PATH)
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    given()
        .get(PATH + "/" + id + "/versions/1")
        .then()
        .statusCode(200)
        .body("title.en", equalTo(original.get("title").get("en").asText()));
  }

  @Test
  void aMalformedQuestionnaireIs400WithEveryViolation() {
    String id = "q-" + UUID.randomUUID();
    String broken =
        """
        {"id": "%s", "version": 1, "title": {"sv": "T", "en": "T"},
         "sections": [{"id": "s", "title": {"sv": "S", "en": "S"}, "questions": [
           {"id": "a", "text": {"sv": "A", "en": "A"}, "type": "yes_maybe"},
           {"id": "a", "text": {"sv": "B", "en": "B"}, "type": "yes_no"},
           {"id": "c", "text": {"sv": "C", "en": "C"}, "type": "yes_no",
            "relevant": "answers['nope'] == 'yes'"},
           {"id": "d", "text": {"sv": "D", "en": "D"}, "type": "yes_no",
            "relevant": "answers['a'] == "}
         ]}]}
        """
            .formatted(id);
    given()
        .contentType(ContentType.JSON)
        .body(broken)
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations", hasSize(greaterThanOrEqualTo(4)))
        .body("violations.field", hasItem("$.sections[0].questions[0].type"))
        .body(
            "violations.find { it.field == '$.sections[0].questions[0].type' }.question",
            equalTo("a"))
        .body(
            "violations.find { it.field == '$.sections[0].questions[2].relevant' }.question",
            equalTo("c"))
        .body(
            "violations.find { it.field == '$.sections[0].questions[3].relevant' }.message",
            org.hamcrest.Matchers.startsWith("expression does not compile"))
        .body(
            "violations.find { it.field == '$.sections[0].questions[3].relevant' }.question",
            equalTo("d"));
    given().get(PATH + "/" + id + "/versions/1").then().statusCode(404);
  }

  @Test
  void anUnknownFieldIsRefusedWithItsPath() {
    ObjectNode questionnaire = questionnaire2025("q-" + UUID.randomUUID());
    ((ObjectNode) questionnaire.get("sections").get(0).get("questions").get(0))
        .put("relevent", "true");
    given()
        .contentType(ContentType.JSON)
        .body(questionnaire.toString())
        .post(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("violations[0].field", equalTo("$.sections[0].questions[0].relevent"));
  }

  @Test
  @TestSecurity(user = "respondent", roles = "respondent")
  void respondentsMayNotUpload() {
    given()
        .contentType(ContentType.JSON)
        .body(questionnaire2025("q-" + UUID.randomUUID()).toString())
        .post(PATH)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }
}
