package se.enkat.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.enkat.testing.LocalStackTestResource;

@QuarkusTest
@QuarkusTestResource(
    value = LocalStackTestResource.class,
    initArgs = @ResourceArg(name = "database", value = "publication"))
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublishedFormatsTest {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static Scenario published;

  /** The published round every other test of this class reads; made first, by an admin. */
  private static Scenario round() {
    assertThat(published).as("the round is published by the first test").isNotNull();
    return published;
  }

  @Test
  @Order(0)
  @TestSecurity(user = "admin", roles = "admin")
  void anAdministratorPublishesARoundForTheDashboards() {
    Scenario scenario = new Scenario();
    scenario.publishedRelease();
    published = scenario;
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void csvAnswersRoundTripSwedishNamesCommasQuotesAndLineBreaks() {
    byte[] body =
        given()
            .accept("text/csv")
            .get("/api/v1/published/rounds/{id}/answers", round().round)
            .then()
            .statusCode(200)
            .contentType(containsString("text/csv"))
            .header("Content-Disposition", containsString(".csv"))
            .extract()
            .asByteArray();

    assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    List<List<String>> rows =
        Csv.parse(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
    assertThat(rows.get(0))
        .containsExactly(
            "code",
            "name",
            "type",
            "county",
            "county_name",
            "revision",
            "plan.exists",
            "plan.level",
            "staff.training",
            "staff.count",
            "comment:plan.exists",
            "comment:staff.count");
    assertThat(rows).hasSize(4);
    assertThat(rows.get(1))
        .containsExactly(
            "01",
            "Region Stockholm",
            "REGION",
            "01",
            "Stockholms län",
            "1",
            "yes",
            "political",
            "",
            "12",
            "",
            "");
    assertThat(rows.get(2))
        .containsExactly(
            "0180",
            "Stockholm",
            "MUNICIPALITY",
            "01",
            "Stockholms län",
            "2",
            "yes",
            "official",
            "a; b",
            "",
            Scenario.COMMENT_0180,
            "");
    assertThat(rows.get(3))
        .containsExactly(
            "1280",
            Scenario.NAME_1280,
            "MUNICIPALITY",
            "12",
            "Skåne län",
            "1",
            "dont_know",
            "",
            "",
            "",
            "",
            Scenario.COMMENT_1280);
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void xlsxAnswersHaveOneRowPerRespondentUnderTheQuestionHeaders() throws Exception {
    byte[] body =
        given()
            .queryParam("format", "xlsx")
            .get("/api/v1/published/rounds/{id}/answers", round().round)
            .then()
            .statusCode(200)
            .contentType(XLSX)
            .extract()
            .asByteArray();

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
      List<Row> answers = workbook.findSheet("answers").orElseThrow().read();
      assertThat(cells(answers.get(0)))
          .containsExactly(
              "code",
              "name",
              "type",
              "county",
              "county_name",
              "revision",
              "plan.exists",
              "plan.level",
              "staff.training",
              "staff.count",
              "comment:plan.exists",
              "comment:staff.count");
      assertThat(answers).hasSize(1 + 3);
      assertThat(answers.stream().skip(1).map(r -> r.getCellAsString(0).orElse("")))
          .containsExactly("01", "0180", "1280");
      assertThat(answers.get(3).getCellAsString(1)).contains(Scenario.NAME_1280);
      assertThat(answers.get(2).getCellAsString(10)).contains(Scenario.COMMENT_0180);
      assertThat(answers.get(1).getCellAsNumber(9).orElseThrow()).isEqualByComparingTo("12");
      List<Row> questions = workbook.findSheet("questions").orElseThrow().read();
      assertThat(questions).hasSize(1 + 4);
    }
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void xlsxValuesHoldTheValuesAndTheIndicatorDefinitions() throws Exception {
    byte[] body =
        given()
            .accept(XLSX)
            .get("/api/v1/published/rounds/{id}/values", round().round)
            .then()
            .statusCode(200)
            .contentType(XLSX)
            .extract()
            .asByteArray();

    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
      List<Sheet> sheets = workbook.getSheets().toList();
      assertThat(sheets.stream().map(Sheet::getName)).containsExactly("values", "indicators");
      List<Row> values = sheets.get(0).read();
      assertThat(cells(values.get(0)))
          .containsExactly(
              "indicator",
              "level",
              "type",
              "county",
              "county_name",
              "organisation",
              "category",
              "numerator",
              "denominator",
              "percent");
      assertThat(values).hasSize(1 + Scenario.finalCells().size());
      List<Row> indicators = sheets.get(1).read();
      assertThat(indicators).hasSize(1 + 2);
      assertThat(indicators.get(1).getCellAsString(7)).contains("answers['plan.exists'] == 'yes'");
    }
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void jsonStatSizesMatchTheValuesAndCarryNumeratorsAndDenominators() throws Exception {
    String body =
        given()
            .queryParam("format", "jsonstat")
            .get("/api/v1/published/rounds/{id}/values", round().round)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    JsonNode dataset = TestEvents.JSON.readTree(body);

    assertThat(dataset.get("version").asText()).isEqualTo("2.0");
    assertThat(dataset.get("class").asText()).isEqualTo("dataset");
    List<String> ids = new ArrayList<>();
    dataset.get("id").forEach(id -> ids.add(id.asText()));
    assertThat(ids).containsExactly("indicator", "group", "category");
    int product = 1;
    for (int i = 0; i < ids.size(); i++) {
      int size = dataset.get("size").get(i).asInt();
      assertThat(dataset.at("/dimension/" + ids.get(i) + "/category/index").size()).isEqualTo(size);
      product *= size;
    }
    assertThat(dataset.get("value").size()).isEqualTo(product);
    assertThat(dataset.at("/extension/numerator").size()).isEqualTo(product);
    assertThat(dataset.at("/extension/denominator").size()).isEqualTo(product);
    long present = 0;
    for (JsonNode v : dataset.get("value")) {
      present += v.isNull() ? 0 : 1;
    }
    assertThat(present).isEqualTo(Scenario.finalCells().size());
    // plan.exists, national MUNICIPALITY, share: 1 of 2
    int indicator = dataset.at("/dimension/indicator/category/index/plan.exists").asInt();
    int group = dataset.at("/dimension/group/category/index/national:MUNICIPALITY").asInt();
    int category = dataset.at("/dimension/category/category/index/_").asInt();
    int groups = dataset.get("size").get(1).asInt();
    int categories = dataset.get("size").get(2).asInt();
    int index = (indicator * groups + group) * categories + category;
    assertThat(dataset.get("value").get(index).decimalValue()).isEqualByComparingTo("50.0");
    assertThat(dataset.at("/extension/numerator").get(index).asLong()).isEqualTo(1);
    assertThat(dataset.at("/extension/denominator").get(index).asLong()).isEqualTo(2);
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void filtersNarrowTheValues() throws Exception {
    String body =
        given()
            .queryParam("indicator", "plan.exists")
            .queryParam("level", "county")
            .queryParam("county", "01")
            .get("/api/v1/published/rounds/{id}/values", round().round)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(Scenario.signatures(TestEvents.JSON.readTree(body)))
        .containsExactly(
            "plan.exists|county|REGION|01|||1|1|100.0",
            "plan.exists|county|MUNICIPALITY|01|||1|2|50.0");

    given()
        .queryParam("level", "planet")
        .get("/api/v1/published/rounds/{id}/values", round().round)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void theIndicatorLibraryAndResponseRateArePublished() {
    given()
        .get("/api/v1/published/rounds/{id}/indicators", round().round)
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.contains("plan.exists", "plan.level"))
        .body("[0].title.sv", org.hamcrest.Matchers.equalTo("Andel ja: plan.exists"))
        .body("[1].categories.value", org.hamcrest.Matchers.contains("political", "official"));
    given()
        .get("/api/v1/published/rounds/{id}/response-rate", round().round)
        .then()
        .statusCode(200)
        .body("type", org.hamcrest.Matchers.contains("REGION", "MUNICIPALITY"))
        .body("invited", org.hamcrest.Matchers.contains(1, 3))
        .body("answered", org.hamcrest.Matchers.contains(1, 2))
        .body("[1].percent", org.hamcrest.Matchers.equalTo(66.7f));
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void aRepeatedValueQueryAnswersTheSameBytesAndAnotherFilterItsOwn() throws Exception {
    String round = round().round;
    byte[] first = valuesJson(round, null);
    byte[] again = valuesJson(round, null);
    byte[] regions = valuesJson(round, "REGION");
    byte[] regionsAgain = valuesJson(round, "REGION");

    assertThat(again).as("the kept answer").isEqualTo(first);
    assertThat(regionsAgain).as("the kept filtered answer").isEqualTo(regions);
    assertThat(regions).as("a filter is its own answer").isNotEqualTo(first);
    JsonNode rows = TestEvents.JSON.readTree(regions);
    assertThat(rows).isNotEmpty();
    rows.forEach(row -> assertThat(row.get("type").asText()).isEqualTo("REGION"));
  }

  private static byte[] valuesJson(String round, String type) {
    var request = given().accept("application/json");
    if (type != null) {
      request = request.queryParam("type", type);
    }
    return request
        .get("/api/v1/published/rounds/{id}/values", round)
        .then()
        .statusCode(200)
        .extract()
        .asByteArray();
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void aMatchingETagIsNotModifiedAndPinnedReleasesAreImmutable() {
    String round = round().round;
    String etag =
        given()
            .get("/api/v1/published/rounds/{id}/values", round)
            .then()
            .statusCode(200)
            .header("Cache-Control", not(containsString("immutable")))
            .extract()
            .header("ETag");
    assertThat(etag).startsWith("\"");

    given()
        .header("If-None-Match", etag)
        .get("/api/v1/published/rounds/{id}/values", round)
        .then()
        .statusCode(304);
    // another representation is another ETag
    given()
        .header("If-None-Match", etag)
        .accept("text/csv")
        .get("/api/v1/published/rounds/{id}/values", round)
        .then()
        .statusCode(200);
    given()
        .queryParam("release", 1)
        .get("/api/v1/published/rounds/{id}/values", round)
        .then()
        .statusCode(200)
        .header("Cache-Control", containsString("immutable"))
        .header("Enkat-Release-Version", "1");
  }

  @Test
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void anUnsupportedAcceptIsNotAcceptable() {
    given()
        .accept("application/pdf")
        .get("/api/v1/published/rounds/{id}/values", "any-round")
        .then()
        .statusCode(406)
        .contentType("application/problem+json");
  }

  @Test
  @TestSecurity(user = "someone", roles = "respondent")
  @OidcSecurity(claims = @Claim(key = "org", value = "0180"))
  void aRespondentMayNotReadThePublishedApi() {
    given().get("/api/v1/published/rounds").then().statusCode(403);
    given()
        .get("/api/v1/published/rounds/{id}/values", "any-round")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
  }

  @Test
  void withoutATokenThePublishedApiIsUnauthorized() {
    given().get("/api/v1/published/rounds").then().statusCode(401);
    given()
        .get("/api/v1/published/rounds/{id}/answers", "any-round")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().post("/api/v1/rounds/{id}/releases", "any-round").then().statusCode(401);
  }

  private static List<String> cells(Row row) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < row.getCellCount(); i++) {
      cells.add(row.getCellAsString(i).orElse(""));
    }
    return cells;
  }

  /** A strict RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
  static final class Csv {
    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        } else {
          field.append(c);
        }
      }
      assertThat(row).as("the file ends with CRLF").isEmpty();
      return rows;
    }
  }
}
