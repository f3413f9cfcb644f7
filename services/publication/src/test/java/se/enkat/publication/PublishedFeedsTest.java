package se.enkat.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.enkat.common.events.IndicatorValuesUpdated.Organisation;

/**
 * The feeds dashboards sync from: SDMX (JSON checked against the official SDMX-JSON 2.0 schema, CSV
 * against the 2.0 header), the diff between two published versions, and the delta feed, which
 * replayed from the start must reproduce every round's latest values exactly.
 */
@QuarkusTest
@TestSecurity(
    user = "admin",
    roles = {"admin", "dashboard"})
class PublishedFeedsTest {

  private static final String SDMX_JSON = "application/vnd.sdmx.data+json; version=2.0.0";
  private static final String SDMX_CSV = "application/vnd.sdmx.data+csv; version=2.0.0";

  @Test
  void sdmxJsonIsAValidDataMessageWithNumeratorAndDenominatorInEveryObservation() throws Exception {
    Scenario scenario = new Scenario();
    scenario.publishedRelease();

    String body =
        given()
            .accept(SDMX_JSON)
            .get("/api/v1/published/rounds/{id}/values", scenario.round)
            .then()
            .statusCode(200)
            .contentType(containsString("application/vnd.sdmx.data+json"))
            .extract()
            .asString();
    JsonNode message = TestEvents.JSON.readTree(body);

    Set<ValidationMessage> errors = sdmxSchema().validate(message);
    assertThat(errors).as("SDMX-JSON 2.0 schema violations").isEmpty();
    JsonNode structure = message.at("/data/structures/0");
    assertThat(ids(structure.at("/dimensions/observation")))
        .containsExactly("INDICATOR", "REF_AREA", "RESPONDENT_TYPE", "CATEGORY", "TIME_PERIOD");
    assertThat(ids(structure.at("/measures/observation")))
        .containsExactly("SHARE", "NUMERATOR", "DENOMINATOR");
    assertThat(ids(structure.at("/attributes/dataSet")))
        .containsExactly("UNIT_MEASURE", "DECIMALS");
    assertThat(structure.at("/dimensions/observation/4/values/0/id").asText()).isEqualTo("2025");

    // Decode every observation back into a value and compare with the JSON values, cell by cell.
    List<String> decoded = new ArrayList<>();
    JsonNode dimensions = structure.at("/dimensions/observation");
    Iterator<Map.Entry<String, JsonNode>> observations =
        message.at("/data/dataSets/0/observations").fields();
    while (observations.hasNext()) {
      Map.Entry<String, JsonNode> observation = observations.next();
      String[] key = observation.getKey().split(":");
      List<String> codes = new ArrayList<>();
      for (int d = 0; d < key.length; d++) {
        codes.add(dimensions.get(d).get("values").get(Integer.parseInt(key[d])).get("id").asText());
      }
      JsonNode measures = observation.getValue();
      decoded.add(
          String.join(
              "|",
              codes.get(0),
              codes.get(1),
              codes.get(2),
              codes.get(3),
              measures.get(1).asText(),
              measures.get(2).asText(),
              measures.get(0).isNull()
                  ? ""
                  : measures.get(0).decimalValue().setScale(1).toPlainString()));
    }
    assertThat(decoded).containsExactlyInAnyOrderElementsOf(sdmxSignatures(scenario));
  }

  @Test
  void sdmxCsvHasTheHeaderOfTheSpecificationAndOneRowPerValue() throws Exception {
    Scenario scenario = new Scenario();
    scenario.publishedRelease();

    String body =
        given()
            .queryParam("format", "sdmx-csv")
            .get("/api/v1/published/rounds/{id}/values", scenario.round)
            .then()
            .statusCode(200)
            .contentType(containsString("application/vnd.sdmx.data+csv"))
            .header("Content-Disposition", containsString(".sdmx.csv"))
            .extract()
            .asString();

    assertThat(body).startsWith("STRUCTURE,STRUCTURE_ID,ACTION,");
    List<List<String>> rows = PublishedFormatsTest.Csv.parse(body);
    assertThat(rows.get(0))
        .containsExactly(
            "STRUCTURE",
            "STRUCTURE_ID",
            "ACTION",
            "INDICATOR",
            "REF_AREA",
            "RESPONDENT_TYPE",
            "CATEGORY",
            "TIME_PERIOD",
            "SHARE",
            "NUMERATOR",
            "DENOMINATOR",
            "UNIT_MEASURE",
            "DECIMALS");
    List<String> decoded = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      assertThat(row.subList(0, 3))
          .containsExactly("dataflow", "ENKAT:INDICATOR_VALUES(1.0.0)", "I");
      assertThat(row.get(7)).isEqualTo("2025");
      assertThat(row.subList(11, 13)).containsExactly("PC", "1");
      decoded.add(
          String.join(
              "|",
              row.get(3),
              row.get(4),
              row.get(5),
              row.get(6),
              row.get(9),
              row.get(10),
              row.get(8)));
    }
    assertThat(decoded).containsExactlyInAnyOrderElementsOf(sdmxSignatures(scenario));
  }

  @Test
  void everySdmxRepresentationAnswersAConditionalRequestWith304() {
    Scenario scenario = new Scenario();
    scenario.publishedRelease();
    for (String format : List.of("sdmx-json", "sdmx-csv")) {
      String etag =
          given()
              .queryParam("format", format)
              .get("/api/v1/published/rounds/{id}/values", scenario.round)
              .then()
              .statusCode(200)
              .extract()
              .header("ETag");
      given()
          .queryParam("format", format)
          .header("If-None-Match", etag)
          .get("/api/v1/published/rounds/{id}/values", scenario.round)
          .then()
          .statusCode(304);
    }
  }

  @Test
  void changesBetweenTwoVersionsListExactlyTheCellsAddedRemovedAndChanged() throws Exception {
    Scenario scenario = new Scenario();
    scenario.publishedRelease();
    correct(scenario);

    JsonNode changes =
        TestEvents.JSON.readTree(
            given()
                .queryParam("from", 1)
                .queryParam("to", 2)
                .get("/api/v1/published/rounds/{id}/changes", scenario.round)
                .then()
                .statusCode(200)
                .body("from.version", equalTo(1))
                .body("to.version", equalTo(2))
                .extract()
                .asString());

    List<String> cells = new ArrayList<>();
    changes.get("cells").forEach(c -> cells.add(change(c)));
    assertThat(cells)
        .containsExactlyInAnyOrder(
            "changed plan.exists|national|MUNICIPALITY|||| 1/2→2/2",
            "added plan.exists|county|MUNICIPALITY|12||| →0/1",
            "removed plan.exists|organisation|MUNICIPALITY|01|0180|| 1/1→");
    assertThat(changes.at("/counts/added").asInt()).isEqualTo(1);
    assertThat(changes.at("/counts/removed").asInt()).isEqualTo(1);
    assertThat(changes.at("/counts/changed").asInt()).isEqualTo(1);

    // the default is the latest against the one before; reversed, every change turns round
    given()
        .get("/api/v1/published/rounds/{id}/changes", scenario.round)
        .then()
        .statusCode(200)
        .body("from.version", equalTo(1))
        .body("cells.size()", equalTo(3));
    given()
        .queryParam("from", 2)
        .queryParam("to", 1)
        .get("/api/v1/published/rounds/{id}/changes", scenario.round)
        .then()
        .statusCode(200)
        .body("counts.added", equalTo(1))
        .body("counts.removed", equalTo(1))
        .body("cells.find { it.change == 'added' }.organisation", equalTo("0180"));
    String csv =
        given()
            .queryParam("from", 1)
            .queryParam("to", 2)
            .queryParam("format", "csv")
            .get("/api/v1/published/rounds/{id}/changes", scenario.round)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    List<List<String>> rows = PublishedFormatsTest.Csv.parse(csv.substring(1));
    assertThat(rows.get(0))
        .containsExactly(
            "change",
            "indicator",
            "level",
            "type",
            "county",
            "organisation",
            "category",
            "old_numerator",
            "old_denominator",
            "old_percent",
            "new_numerator",
            "new_denominator",
            "new_percent");
    assertThat(rows).hasSize(1 + 3);
    given()
        .queryParam("from", 3)
        .get("/api/v1/published/rounds/{id}/changes", scenario.round)
        .then()
        .statusCode(404);
    given()
        .queryParam("from", "one")
        .get("/api/v1/published/rounds/{id}/changes", scenario.round)
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("from"));
  }

  @Test
  void theDeltaFeedReplayedFromTheStartReproducesTheLatestValuesOfEveryRound() throws Exception {
    Scenario corrected = new Scenario();
    corrected.publishedRelease();
    correct(corrected);
    Scenario once = new Scenario();
    once.publishedRelease();

    // Replay the whole feed, a few publications per page, into an empty map per round.
    Map<String, Map<String, String>> replayed = new HashMap<>();
    Map<String, Integer> latestVersion = new HashMap<>();
    String since = null;
    boolean more = true;
    int pages = 0;
    while (more) {
      var request = given().queryParam("limit", 2);
      if (since != null) {
        request.queryParam("since", since);
      }
      JsonNode page =
          TestEvents.JSON.readTree(
              request.get("/api/v1/published/changes").then().statusCode(200).extract().asString());
      for (JsonNode entry : page.get("releases")) {
        Map<String, String> cells =
            replayed.computeIfAbsent(entry.get("round").asText(), r -> new HashMap<>());
        for (JsonNode cell : entry.get("cells")) {
          String key = key(cell);
          if (cell.get("change").asText().equals("removed")) {
            assertThat(cells.remove(key)).as("removed %s was there", key).isNotNull();
          } else {
            cells.put(key, figures(cell.get("new")));
          }
        }
        latestVersion.put(entry.get("round").asText(), entry.get("latestVersion").asInt());
      }
      more = page.get("more").asBoolean();
      since = page.get("next").asText();
      pages++;
    }
    assertThat(pages).isGreaterThan(1);

    for (Scenario scenario : List.of(corrected, once)) {
      assertThat(replayed).containsKey(scenario.round);
    }
    assertThat(latestVersion.get(corrected.round)).isEqualTo(2);
    for (Map.Entry<String, Map<String, String>> round : replayed.entrySet()) {
      JsonNode latest =
          TestEvents.JSON.readTree(
              given()
                  .get("/api/v1/published/rounds/{id}/values", round.getKey())
                  .then()
                  .statusCode(200)
                  .extract()
                  .asString());
      Map<String, String> expected = new HashMap<>();
      latest.forEach(v -> expected.put(key(v), figures(v)));
      assertThat(round.getValue()).as("round %s", round.getKey()).isEqualTo(expected);
    }

    // Read to the end, the feed has nothing new, and says so without a body when asked again.
    var last = given().queryParam("since", since).get("/api/v1/published/changes");
    last.then().statusCode(200).body("releases.size()", equalTo(0)).body("next", equalTo(since));
    given()
        .queryParam("since", since)
        .header("If-None-Match", last.header("ETag"))
        .get("/api/v1/published/changes")
        .then()
        .statusCode(304);
    given()
        .queryParam("since", "yesterday")
        .get("/api/v1/published/changes")
        .then()
        .statusCode(400)
        .body("violations[0].field", equalTo("since"));
  }

  /**
   * Publishes version 2 after a correction: one value changed, one county cell added, one
   * organisation's cell gone.
   */
  private static void correct(Scenario scenario) {
    scenario.values(
        "rebuild",
        List.of(
            Scenario.cell(
                "plan.exists", "national", "MUNICIPALITY", null, null, null, 2, 2, "100.0"),
            Scenario.cell("plan.exists", "county", "MUNICIPALITY", "12", null, null, 0, 1, "0.0")),
        List.of(
            new Organisation(
                "0180",
                "MUNICIPALITY",
                "01",
                Map.of("plan.exists", Map.of("", new long[] {0, 0})))));
    scenario.events.awaitApplied();
    String second =
        given()
            .post("/api/v1/rounds/{id}/releases", scenario.round)
            .then()
            .statusCode(201)
            .extract()
            .path("releaseId");
    given().post("/api/v1/releases/{id}/publish", second).then().statusCode(200);
  }

  /** The round's published values as SDMX would code them. */
  private static List<String> sdmxSignatures(Scenario scenario) throws Exception {
    JsonNode values =
        TestEvents.JSON.readTree(
            given()
                .get("/api/v1/published/rounds/{id}/values", scenario.round)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    List<String> signatures = new ArrayList<>();
    for (JsonNode v : values) {
      String level = v.get("level").asText();
      String area =
          switch (level) {
            case "national" -> "SE";
            case "county" -> "SE_L" + v.get("county").asText();
            default -> "SE_O" + v.get("organisation").asText();
          };
      signatures.add(
          String.join(
              "|",
              v.get("indicator").asText().replace('.', '@'),
              area,
              v.path("type").asText("_T"),
              v.has("category") ? v.get("category").asText() : "_Z",
              v.get("numerator").asText(),
              v.get("denominator").asText(),
              v.has("percent") ? v.get("percent").decimalValue().setScale(1).toPlainString() : ""));
    }
    assertThat(new HashSet<>(signatures)).hasSize(signatures.size());
    return signatures;
  }

  private static String change(JsonNode cell) {
    return cell.get("change").asText()
        + " "
        + key(cell)
        + " "
        + (cell.has("old") ? n(cell.get("old")) : "")
        + "→"
        + (cell.has("new") ? n(cell.get("new")) : "");
  }

  private static String n(JsonNode side) {
    return side.get("numerator").asText() + "/" + side.get("denominator").asText();
  }

  private static String key(JsonNode cell) {
    return String.join(
        "|",
        cell.get("indicator").asText(),
        cell.get("level").asText(),
        cell.path("type").asText(""),
        cell.path("county").asText(""),
        cell.path("organisation").asText(""),
        cell.path("category").asText(""),
        "");
  }

  private static String figures(JsonNode value) {
    return value.get("numerator").asText()
        + "/"
        + value.get("denominator").asText()
        + "/"
        + (value.has("percent")
            ? value.get("percent").decimalValue().setScale(1).toPlainString()
            : "");
  }

  private static List<String> ids(JsonNode components) {
    List<String> ids = new ArrayList<>();
    components.forEach(c -> ids.add(c.get("id").asText()));
    return ids;
  }

  /**
   * The official schema (sdmx-twg/sdmx-json, tag v2.0.0, unchanged in the repository). It names its
   * meta-schema as {@code http://json-schema.org/schema#} (whichever is newest) while using
   * draft-04 keywords ({@code id}, {@code definitions}); the validator is told draft-04 here, in
   * memory.
   */
  private static JsonSchema sdmxSchema() throws Exception {
    try (InputStream in =
        PublishedFeedsTest.class.getResourceAsStream("/sdmx/sdmx-json-data-schema-2.0.0.json")) {
      ObjectNode schema = (ObjectNode) TestEvents.JSON.readTree(in);
      schema.put("$schema", "http://json-schema.org/draft-04/schema#");
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
    }
  }
}
