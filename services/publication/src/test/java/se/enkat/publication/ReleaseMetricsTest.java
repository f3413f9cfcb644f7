package se.enkat.publication;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code enkat_releases_published_total{round}} counts each publication once. */
@QuarkusTest
@TestSecurity(
    user = "admin",
    roles = {"admin", "dashboard"})
class ReleaseMetricsTest {

  @Test
  void aPublishedReleaseIsCountedOnceForItsRound() throws Exception {
    Scenario scenario = new Scenario();
    assertThat(published(scenario.round)).isNull();

    String releaseId = scenario.publishedRelease();
    assertThat(published(scenario.round)).isEqualTo(1.0);

    // publishing it again is refused and not counted
    given().post("/api/v1/releases/{id}/publish", releaseId).then().statusCode(409);
    assertThat(published(scenario.round)).isEqualTo(1.0);
  }

  private static Double published(String round) {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher sample =
        Pattern.compile("(?m)^enkat_releases_published_total\\{([^}]*)\\} ([0-9.eE+-]+)(?: #.*)?$")
            .matcher(text);
    while (sample.find()) {
      if (sample.group(1).contains("round=\"" + round + "\"")) {
        return Double.parseDouble(sample.group(2));
      }
    }
    return null;
  }
}
