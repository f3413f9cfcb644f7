package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The respondent's web app in real Chromium against the e2e stack: the browser tests of
 * services/web (src/test/browser, node:test with playwright-core on Debian's Chromium, the login
 * typed into Keycloak's own page) on fresh rounds; then the 2025 round is closed and released, and
 * the published values count what the browser submitted. Screenshots of every step land in {@code
 * target/browser-screens/}.
 */
class BrowserIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(10);
  private static final Path ROOT =
      Path.of(System.getProperty("enkat.root", "../..")).toAbsolutePath().normalize();

  private static E2eHttp http;
  private static String admin;
  private static String round2025;
  private static String roundShort;

  @BeforeAll
  static void freshRounds() throws IOException {
    http = new E2eHttp(E2eStack.get());
    admin = http.userToken("admin");
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String q2025 = "web-2025-" + suffix;
    String qShort = "web-short-" + suffix;
    upload(
        Files.readString(
                ROOT.resolve(
                    "platform/questionnaire/src/main/resources/questionnaires/"
                        + "patientsakerhet-2025.json"))
            .replaceFirst("\"id\"\\s*:\\s*\"patientsakerhet-2025\"", "\"id\": \"" + q2025 + "\""));
    upload(
        Files.readString(Path.of("src/test/resources/web/short-questionnaire.json"))
            .replaceFirst("\"id\"\\s*:\\s*\"web-short\"", "\"id\": \"" + qShort + "\""));
    round2025 =
        openRound(q2025, "Patientsäkerhetsarbete 2025 (webbtest)", "\"0180\",\"0114\",\"03\"");
    roundShort = openRound(qShort, "Kort uppföljning (webbtest)", "\"23\"");
  }

  @Test
  void respondentsAnswerInTheBrowserAndThePublishedValuesCountIt() throws Exception {
    BrowserTests browser = BrowserTests.start(http.gateway(), "browser-screens");
    Map<String, String> rounds =
        Map.of("ENKAT_ROUND_2025", round2025, "ENKAT_ROUND_SHORT", roundShort);
    browser.run("src/test/browser/respondent.test.mjs", rounds, BROWSER_TIMEOUT);
    assertThat(browser.screenshots()).isGreaterThanOrEqualTo(8);

    // Scenario 3 left one revision, whatever the browser retried.
    String revisions = ok(http.call("GET", submissions("0114") + "/revisions", admin, null)).body();
    assertThat(count(revisions, "\"revision\"")).isEqualTo(1);

    // Closed: read-only with the accepted answers; the release counts what Stockholm submitted.
    ok(http.call("POST", "/api/v1/rounds/" + round2025 + "/close", admin, null));
    browser.run("src/test/browser/closed-round.test.mjs", rounds, BROWSER_TIMEOUT);
    String release = createRelease();
    ok(http.call("POST", "/api/v1/releases/" + release + "/publish", admin, null));
    String dashboard = http.dashboardToken();
    String values =
        ok(http.call(
                "GET",
                "/api/v1/published/rounds/"
                    + round2025
                    + "/values?level=organisation&organisation=0180&indicator=plan.exists",
                dashboard,
                null))
            .body();
    assertThat(E2eHttp.number(values, "numerator")).isEqualTo(1L);
    assertThat(E2eHttp.number(values, "denominator")).isEqualTo(1L);
    String national =
        ok(http.call(
                "GET",
                "/api/v1/published/rounds/"
                    + round2025
                    + "/values?level=national&type=MUNICIPALITY&indicator=patient.views",
                dashboard,
                null))
            .body();
    // 0180 fixed patient.views to yes in the browser; 0114 answered no: 1 of 2.
    assertThat(E2eHttp.number(national, "numerator")).isEqualTo(1L);
    assertThat(E2eHttp.number(national, "denominator")).isEqualTo(2L);
  }

  private static String createRelease() {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      HttpResponse<String> response =
          http.call("POST", "/api/v1/rounds/" + round2025 + "/releases", admin, null);
      if (response.statusCode() == 201) {
        return E2eHttp.field(response.body(), "releaseId");
      }
      assertThat(System.nanoTime()).as("release: " + response.body()).isLessThan(deadline);
      E2eHttp.sleep(Duration.ofMillis(500));
    }
  }

  private static void upload(String questionnaire) {
    HttpResponse<String> response =
        http.call("POST", "/api/v1/questionnaires", admin, questionnaire);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
  }

  private static String openRound(String questionnaire, String title, String population) {
    String id = "r-" + questionnaire;
    String body =
        """
        {"id": "%s", "title": {"sv": "%s", "en": "%s"},
         "questionnaire": {"id": "%s", "version": 1},
         "population": {"organisations": [%s]},
         "opensAt": "2025-03-01", "closesAt": "2027-04-30"}
        """
            .formatted(id, title, title, questionnaire, population);
    ok(http.call("POST", "/api/v1/rounds", admin, body), 201);
    ok(http.call("POST", "/api/v1/rounds/" + id + "/open", admin, null));
    return id;
  }

  private static String submissions(String org) {
    return "/api/v1/rounds/" + round2025 + "/submissions/" + org;
  }

  private static HttpResponse<String> ok(HttpResponse<String> response) {
    return ok(response, 200);
  }

  private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as(response.request().method() + " " + response.uri() + ": " + response.body())
        .isEqualTo(status);
    return response;
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
