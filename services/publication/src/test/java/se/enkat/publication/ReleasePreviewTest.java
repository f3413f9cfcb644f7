package se.enkat.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The administrator's look at a release before publishing: its values with n, the diff against the
 * latest published release, and discarding a draft.
 */
@QuarkusTest
@TestSecurity(user = "admin", roles = "admin")
class ReleasePreviewTest {

  @Test
  void aDraftShowsItsValuesAndWhatChangesAgainstTheLatestPublishedRelease() {
    Scenario scenario = new Scenario();
    String first = scenario.publishedRelease();
    given()
        .get("/api/v1/releases/{id}/diff", first)
        .then()
        .statusCode(200)
        .body("against", nullValue())
        .body("added", hasSize(Scenario.finalCells().size()))
        .body("removed", hasSize(0));

    // a rebuild corrects one value; the next release is a draft
    scenario.values(
        "rebuild",
        Scenario.cell("plan.exists", "national", "MUNICIPALITY", null, null, null, 2, 2, "100.0"));
    scenario.accepted("1280", "MUNICIPALITY", "12", 0, Map.of("plan.exists", "no"), Map.of());
    scenario.events.awaitApplied();
    String draft =
        given()
            .post("/api/v1/rounds/{id}/releases", scenario.round)
            .then()
            .statusCode(201)
            .extract()
            .path("releaseId");

    given()
        .queryParam("indicator", "plan.exists")
        .queryParam("level", "national")
        .queryParam("type", "MUNICIPALITY")
        .get("/api/v1/releases/{id}/values", draft)
        .then()
        .statusCode(200)
        .body("status", equalTo("DRAFT"))
        .body("version", equalTo(2))
        .body("values", hasSize(1))
        .body("values[0].n", equalTo(2))
        .body("values[0].numerator", equalTo(2))
        .body("values[0].denominator", equalTo(2))
        .body("values[0].percent", equalTo(100.0f));
    given()
        .get("/api/v1/releases/{id}/diff", draft)
        .then()
        .statusCode(200)
        .body("against.version", equalTo(1))
        .body("added", hasSize(0))
        .body("removed", hasSize(0))
        .body("changed", hasSize(1))
        .body("changed[0].cell.indicator", equalTo("plan.exists"))
        .body("changed[0].cell.type", equalTo("MUNICIPALITY"))
        .body("changed[0].old.numerator", equalTo(1))
        .body("changed[0].old.denominator", equalTo(2))
        .body("changed[0].new.numerator", equalTo(2))
        .body("changed[0].new.denominator", equalTo(2));

    // discarded: not publishable, not listed as published, its version not reused
    given().delete("/api/v1/releases/{id}", draft).then().statusCode(204);
    given().delete("/api/v1/releases/{id}", draft).then().statusCode(409);
    given().post("/api/v1/releases/{id}/publish", draft).then().statusCode(409);
    given().delete("/api/v1/releases/{id}", first).then().statusCode(409);
    List<String> statuses =
        given()
            .get("/api/v1/rounds/{id}/releases", scenario.round)
            .then()
            .statusCode(200)
            .extract()
            .path("status");
    assertThat(statuses).containsExactly("DISCARDED", "PUBLISHED");
    given()
        .post("/api/v1/rounds/{id}/releases", scenario.round)
        .then()
        .statusCode(201)
        .body("version", equalTo(3));
    given()
        .get("/api/v1/published/rounds/{id}/values", scenario.round)
        .then()
        .statusCode(200)
        .body("size()", equalTo(Scenario.finalCells().size()));
  }

  @Test
  void anUnknownReleaseIsNotFound() {
    given().get("/api/v1/releases/{id}/values", "no-such-release").then().statusCode(404);
    given()
        .get("/api/v1/releases/{id}/diff", "00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404);
    given()
        .delete("/api/v1/releases/{id}", "00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404);
  }

  @Test
  @TestSecurity(user = "dash", roles = "dashboard")
  void dashboardsMayNotPreview() {
    given().get("/api/v1/releases/{id}/values", "x").then().statusCode(403);
  }
}
