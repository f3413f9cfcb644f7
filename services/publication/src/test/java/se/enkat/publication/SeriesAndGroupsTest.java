package se.enkat.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.enkat.common.events.RoundOpened.InvitedOrganisation;
import se.enkat.publication.YearRound.Respondent;

/**
 * Year over year: two published rounds (2024 and 2025, one question reworded in 2025 with a mapping
 * that marks a break), read as series, in the combined group of municipalities and city districts,
 * with county names and the library's definitions in words.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeriesAndGroupsTest {

  private static final List<String> LEVELS = List.of("national", "county", "organisation");
  private static final List<String> LEVEL_ORDER = List.of("political", "official");

  private static final InvitedOrganisation STOCKHOLM =
      new InvitedOrganisation("01", "Region Stockholm", "REGION", "01");
  private static final InvitedOrganisation SKANE =
      new InvitedOrganisation("12", "Region Skåne", "REGION", "12");
  private static final InvitedOrganisation STHLM =
      new InvitedOrganisation("0180", "Stockholm", "MUNICIPALITY", "01");
  private static final InvitedOrganisation MALMO =
      new InvitedOrganisation("1280", "Malmö", "MUNICIPALITY", "12");
  private static final InvitedOrganisation KIRUNA =
      new InvitedOrganisation("2584", "Kiruna", "MUNICIPALITY", "25");
  private static final InvitedOrganisation KISTA =
      new InvitedOrganisation("018001", "Rinkeby-Kista", "CITY_DISTRICT", "01");
  private static final InvitedOrganisation SPANGA =
      new InvitedOrganisation("018002", "Spånga-Tensta", "CITY_DISTRICT", "01");

  private static YearRound y2024;
  private static YearRound y2025;

  @Test
  @Order(0)
  @TestSecurity(user = "admin", roles = "admin")
  void twoYearsArePublishedTheSecondWithARewordedQuestion() {
    ObjectNode q2024 = YearRound.questionnaire(2024);
    YearRound.question(q2024, "plan.exists", "yes_no_dontknow", "Finns en plan?");
    YearRound.question(q2024, "risk.change", "yes_no_dontknow", "Rutin för förändringar?");
    YearRound.question(q2024, "plan.level", "single_choice", "På vilken nivå?");
    y2024 =
        new YearRound(
            2024, q2024, List.of("plan.exists", "risk.change"), "plan.level", LEVEL_ORDER);
    y2024.publish(
        List.of(
            answers(STOCKHOLM, "yes", "yes", "political"),
            answers(SKANE, "no", "no", "official"),
            answers(STHLM, "yes", "yes", "political"),
            answers(MALMO, "dont_know", "no", "official"),
            answers(KIRUNA, "no", "yes", "political"),
            answers(KISTA, "yes", "no", "official")));

    ObjectNode q2025 = YearRound.questionnaire(2025);
    YearRound.question(q2025, "plan.exists", "yes_no_dontknow", "Finns en plan?");
    ObjectNode reworded =
        YearRound.question(
            q2025, "risk.rapid_change", "yes_no_dontknow", "Rutin för hastigt skiftande läge?");
    reworded
        .putObject("series")
        .put("continues", "risk.change")
        .put("break", true)
        .set("note", Scenario.text("Omformulerad 2025", "Reworded in 2025"));
    YearRound.question(q2025, "plan.level", "single_choice", "På vilken nivå?");
    y2025 =
        new YearRound(
            2025, q2025, List.of("plan.exists", "risk.rapid_change"), "plan.level", LEVEL_ORDER);
    y2025.publish(
        List.of(
            answers(STOCKHOLM, "yes", "yes", "political"),
            answers(SKANE, "yes", "no", "political"),
            answers(STHLM, "yes", "yes", "official"),
            answers(MALMO, "yes", "no", "official"),
            answers(KIRUNA, "no", "yes", "political"),
            answers(KISTA, "yes", "yes", "official"),
            answers(SPANGA, "no", "no", "political")));
  }

  @Test
  @Order(1)
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void everyDefaultIndicatorsSeriesEqualsEachYearsReleaseCellByCellAtEveryLevel() throws Exception {
    Map<String, List<String>> ids =
        Map.of(
            "plan.exists", List.of("plan.exists", "plan.exists"),
            "plan.level", List.of("plan.level", "plan.level"),
            "risk.rapid_change", List.of("risk.change", "risk.rapid_change"));
    for (var entry : ids.entrySet()) {
      for (String level : LEVELS) {
        JsonNode series = series(entry.getKey(), Map.of("level", level));
        assertThat(years(series)).as(entry.getKey() + " " + level).containsOnly(2024, 2025);
        assertThat(signatures(series, 2024))
            .as(entry.getKey() + " " + level + " 2024")
            .containsExactlyInAnyOrderElementsOf(
                values(y2024.round, entry.getValue().get(0), level))
            .isNotEmpty();
        assertThat(signatures(series, 2025))
            .as(entry.getKey() + " " + level + " 2025")
            .containsExactlyInAnyOrderElementsOf(
                values(y2025.round, entry.getValue().get(1), level))
            .isNotEmpty();
        for (JsonNode point : series) {
          assertThat(point.path("round").asText())
              .isEqualTo(point.path("year").asInt() == 2024 ? y2024.round : y2025.round);
          assertThat(point.path("releaseVersion").asInt()).isEqualTo(1);
        }
      }
    }
  }

  @Test
  @Order(2)
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void aPointCarriesTheChangeFromTheYearBeforeWithBothN() throws Exception {
    JsonNode series = series("plan.exists", Map.of("level", "national", "type", "REGION"));

    assertThat(series).hasSize(2);
    assertThat(series.get(0).path("year").asInt()).isEqualTo(2024);
    assertThat(series.get(0).has("change")).isFalse();
    JsonNode latest = series.get(1);
    assertThat(latest.path("numerator").asLong()).isEqualTo(2);
    assertThat(latest.path("denominator").asLong()).isEqualTo(2);
    assertThat(latest.path("break").asBoolean()).isFalse();
    JsonNode change = latest.path("change");
    assertThat(change.path("fromYear").asInt()).isEqualTo(2024);
    assertThat(change.path("fromRound").asText()).isEqualTo(y2024.round);
    assertThat(change.path("numerator").asLong()).isEqualTo(1);
    assertThat(change.path("denominator").asLong()).isEqualTo(2);
    assertThat(change.path("percent").decimalValue()).isEqualByComparingTo("50.0");
    assertThat(change.path("percentagePoints").decimalValue()).isEqualByComparingTo("50.0");
  }

  @Test
  @Order(3)
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void aMappingWithABreakIsMarkedAndNeverJoined() throws Exception {
    for (String requested : List.of("risk.rapid_change", "risk.change")) {
      JsonNode series = series(requested, Map.of("level", "national"));
      for (JsonNode point : series) {
        assertThat(point.path("series").asText()).isEqualTo("risk.change");
        boolean latest = point.path("year").asInt() == 2025;
        assertThat(point.path("indicator").asText())
            .isEqualTo(latest ? "risk.rapid_change" : "risk.change");
        assertThat(point.path("break").asBoolean()).isEqualTo(latest);
        assertThat(point.has("change")).isFalse();
        if (latest) {
          assertThat(point.path("breakNote").path("en").asText()).isEqualTo("Reworded in 2025");
        }
      }
    }
  }

  @Test
  @Order(4)
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void municipalitiesAndCityDistrictsArePublishedTogetherWhenAskedFor() throws Exception {
    String combined = "MUNICIPALITY_AND_CITY_DISTRICT";
    // 2025: municipalities 2 of 3 say yes, city districts 1 of 2: together 3 of 5
    assertThat(values(y2025.round, "plan.exists", "national", combined))
        .containsExactly("plan.exists|national|" + combined + "||||3|5|60.0");
    // county 01: Stockholm (yes) and its districts Rinkeby-Kista (yes) and Spånga-Tensta (no)
    given()
        .queryParam("indicator", "plan.exists")
        .queryParam("level", "county")
        .queryParam("county", "01")
        .queryParam("type", combined)
        .get("/api/v1/published/rounds/{id}/values", y2025.round)
        .then()
        .statusCode(200)
        .body("$", hasSize(1))
        .body("[0].numerator", is(2))
        .body("[0].denominator", is(3))
        .body("[0].percent", is(66.7f))
        .body("[0].countyName", is("Stockholms län"));
    // unfiltered answers are as before: per type only
    assertThat(values(y2025.round, "plan.exists", "national"))
        .noneMatch(s -> s.contains(combined))
        .hasSize(3);
    // the series of the combined group: 2 of 4 in 2024 (dont_know counts), 3 of 5 in 2025
    JsonNode series = series("plan.exists", Map.of("level", "national", "type", combined));
    assertThat(series).hasSize(2);
    assertThat(series.get(0).path("denominator").asLong()).isEqualTo(4);
    assertThat(series.get(1).path("change").path("percentagePoints").decimalValue())
        .isEqualByComparingTo("10.0");
    given()
        .get("/api/v1/published/groups")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.hasItem(combined))
        .body("find { it.id == '" + combined + "' }.name.sv", is("Kommuner och stadsdelar"));
    given()
        .queryParam("type", "KOMMUN")
        .get("/api/v1/published/rounds/{id}/values", y2025.round)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("type"));
  }

  @Test
  @Order(5)
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void countyNamesAreCarriedWhereverACountyCodeIs() {
    given()
        .queryParam("indicator", "plan.exists")
        .queryParam("level", "county")
        .queryParam("county", "12")
        .get("/api/v1/published/rounds/{id}/values", y2025.round)
        .then()
        .statusCode(200)
        .body("countyName", org.hamcrest.Matchers.everyItem(is("Skåne län")));
    given()
        .get("/api/v1/published/rounds/{id}/answers", y2025.round)
        .then()
        .statusCode(200)
        .body("find { it.code == '2584' }.countyName", is("Norrbottens län"));
    String csv =
        new String(
            given()
                .queryParam("format", "csv")
                .queryParam("level", "county")
                .get("/api/v1/published/rounds/{id}/values", y2025.round)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray(),
            StandardCharsets.UTF_8);
    assertThat(csv).contains(",county,county_name,").contains(",01,Stockholms län,");
    String seriesCsv =
        given()
            .queryParam("format", "csv")
            .queryParam("level", "county")
            .queryParam("county", "25")
            .get("/api/v1/published/series/{id}", "plan.exists")
            .then()
            .statusCode(200)
            .header("Content-Disposition", containsString("series-plan.exists.csv"))
            .extract()
            .asString();
    assertThat(seriesCsv).contains("Norrbottens län").contains(",2024,").contains(",2025,");
    given()
        .get("/api/v1/counties")
        .then()
        .statusCode(200)
        .body("$", hasSize(21))
        .body("find { it.code == '23' }.name", is("Jämtlands län"));
  }

  @Test
  @Order(6)
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void theSeriesIsJsonStatWithTimeAsADimension() throws Exception {
    JsonNode dataset =
        TestEvents.JSON.readTree(
            given()
                .queryParam("format", "jsonstat")
                .queryParam("level", "national")
                .get("/api/v1/published/series/{id}", "plan.level")
                .then()
                .statusCode(200)
                .extract()
                .asString());

    assertThat(dataset.path("id").toString()).isEqualTo("[\"time\",\"group\",\"category\"]");
    assertThat(dataset.path("role").path("time").get(0).asText()).isEqualTo("time");
    assertThat(dataset.path("dimension").path("time").path("category").path("index").has("2024"))
        .isTrue();
    int size = 1;
    for (JsonNode s : dataset.path("size")) {
      size *= s.asInt();
    }
    assertThat(dataset.path("value")).hasSize(size);
    assertThat(dataset.path("extension").path("numerator")).hasSize(size);
    assertThat(dataset.path("extension").path("round").get(1).asText()).isEqualTo(y2025.round);
    given().get("/api/v1/published/series/{id}", "no.such.indicator").then().statusCode(404);
  }

  @Test
  @Order(7)
  @TestSecurity(user = "dashboard", roles = "dashboard")
  void theLibraryWordsEveryDefinitionAndFiltersByFocusArea() {
    given()
        .get("/api/v1/published/rounds/{id}/indicators", y2025.round)
        .then()
        .statusCode(200)
        .body("$", hasSize(3))
        .body(
            "find { it.id == 'plan.exists' }.definition.sv",
            is(
                "Andelen som svarat ja på frågan ”Finns en plan?”, bland dem som besvarat frågan"
                    + " (”vet inte” räknas i nämnaren)."))
        .body(
            "find { it.id == 'plan.level' }.definition.en",
            containsString("distribution of the answers to the question “EN På vilken nivå?”"));
    given()
        .queryParam("focusArea", "shared-forums-in-care-chains")
        .get("/api/v1/published/rounds/{id}/indicators", y2025.round)
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
    given()
        .queryParam("focusArea", "forums")
        .get("/api/v1/published/rounds/{id}/indicators", y2025.round)
        .then()
        .statusCode(400)
        .body("violations[0].field", is("focusArea"));
    given()
        .get("/api/v1/published/focus-areas")
        .then()
        .statusCode(200)
        .body("$", hasSize(5))
        .body("[0].name.sv", is("Arbetssätt för att identifiera vårdskador"));
  }

  private static Respondent answers(
      InvitedOrganisation organisation, String plan, String risk, String level) {
    Map<String, String> answers = new java.util.HashMap<>();
    answers.put("plan.exists", plan);
    answers.put("plan.level", level);
    answers.put("risk.change", risk);
    answers.put("risk.rapid_change", risk);
    return new Respondent(organisation, answers);
  }

  private static JsonNode series(String indicator, Map<String, String> query) throws Exception {
    var request = given();
    query.forEach(request::queryParam);
    return TestEvents.JSON.readTree(
        request
            .get("/api/v1/published/series/{id}", indicator)
            .then()
            .statusCode(200)
            .contentType("application/json")
            .extract()
            .asString());
  }

  private static List<Integer> years(JsonNode series) {
    return StreamSupport.stream(series.spliterator(), false)
        .map(p -> p.path("year").asInt())
        .distinct()
        .toList();
  }

  private static List<String> signatures(JsonNode series, int year) {
    List<String> signatures = new ArrayList<>();
    series.forEach(
        p -> {
          if (p.path("year").asInt() == year) {
            signatures.add(Scenario.signature(p));
          }
        });
    return signatures;
  }

  private static List<String> values(String round, String indicator, String level)
      throws Exception {
    return values(round, indicator, level, null);
  }

  private static List<String> values(String round, String indicator, String level, String type)
      throws Exception {
    var request = given().queryParam("indicator", indicator).queryParam("level", level);
    if (type != null) {
      request.queryParam("type", type);
    }
    return Scenario.signatures(
        TestEvents.JSON.readTree(
            request
                .get("/api/v1/published/rounds/{id}/values", round)
                .then()
                .statusCode(200)
                .extract()
                .asString()));
  }
}
