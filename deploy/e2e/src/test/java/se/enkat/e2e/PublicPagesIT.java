package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static se.enkat.questionnaire.model.OrganisationType.MUNICIPALITY;
import static se.enkat.questionnaire.model.OrganisationType.REGION;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.enkat.demo.DemoResult;
import se.enkat.demo.DemoRunner;
import se.enkat.demo.DemoSettings;
import se.enkat.stack.StackConfig;
import se.enkat.stack.StackPort;

/**
 * The public statistics pages (issue 17) in real Chromium against the e2e stack: the demo flow
 * publishes a small round (county 23 has its region and two municipalities), a correction adds a
 * custom indicator as version 2, then {@code src/test/browser/public.test.mjs} of services/web
 * checks every figure on the pages against the published API, the county picker, the CSV download,
 * the keyboard and axe. Screenshots land in {@code target/public-screens/}.
 */
class PublicPagesIT {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final List<String> POPULATION =
      List.of("03", "09", "23", "0114", "0180", "2380", "2361");

  private static E2eHttp http;
  private static String round;

  @BeforeAll
  static void publishARoundAndACorrection() {
    StackConfig stack = E2eStack.get();
    http = new E2eHttp(stack);
    DemoSettings settings =
        DemoSettings.full2025(
                stack.serviceUrl(StackPort.GATEWAY),
                stack.keycloakUrl(),
                Path.of("target", "public-demo-output").toAbsolutePath())
            .withPopulation(
                "e2e-public-" + UUID.randomUUID().toString().substring(0, 8),
                POPULATION,
                Map.of(REGION, 3, MUNICIPALITY, 4))
            .withOutput(System.out, false);
    DemoResult result = new DemoRunner(settings).run();
    assertThat(result.consistent()).isTrue();
    round = result.roundId();

    // A correction: a custom indicator defined after the release becomes version 2's addition.
    String admin = http.userToken("admin");
    String indicator =
        """
        {"id": "public.plan_and_views", "title": {"sv": "Plan och patientens synpunkter",
          "en": "Plan and the patient's views"},
         "focusArea": "risk-assessment-and-training",
         "numerator": "answers['plan.exists'] == 'yes' && answers['patient.views'] == 'yes'",
         "denominator": "'plan.exists' in answers && 'patient.views' in answers",
         "sourceQuestions": ["plan.exists", "patient.views"]}
        """;
    ok(http.call("POST", "/api/v1/rounds/" + round + "/indicators", admin, indicator), 201);
    awaitLiveValues(admin, "public.plan_and_views");
    String release = createReleaseWith(admin, "public.plan_and_views");
    ok(http.call("POST", "/api/v1/releases/" + release + "/publish", admin, null), 200);
  }

  @Test
  void everyFigureOnThePublicPagesIsThePublishedApis() throws Exception {
    BrowserTests browser = BrowserTests.start(http.gateway(), "public-screens");
    browser.run(
        "src/test/browser/public.test.mjs",
        Map.of("ENKAT_PUBLIC_ROUND", round, "ENKAT_API_TOKEN", http.dashboardToken()),
        Duration.ofMinutes(8));
    assertThat(browser.screenshots()).isGreaterThanOrEqualTo(12);
  }

  /** Waits until the indicator service has computed the new indicator for the round. */
  private static void awaitLiveValues(String admin, String indicator) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      HttpResponse<String> response =
          http.call(
              "GET",
              "/api/v1/rounds/"
                  + round
                  + "/indicators/values?level=national&indicator="
                  + indicator,
              admin,
              null);
      if (response.statusCode() == 200 && response.body().contains("\"denominator\"")) {
        return;
      }
      assertThat(System.nanoTime()).as("values of " + indicator).isLessThan(deadline);
      E2eHttp.sleep(Duration.ofMillis(300));
    }
  }

  private static String createRelease(String admin) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      HttpResponse<String> response =
          http.call("POST", "/api/v1/rounds/" + round + "/releases", admin, null);
      if (response.statusCode() == 201) {
        return E2eHttp.field(response.body(), "releaseId");
      }
      assertThat(System.nanoTime()).as("release: " + response.body()).isLessThan(deadline);
      E2eHttp.sleep(Duration.ofMillis(500));
    }
  }

  /**
   * A draft release whose values have the indicator. The indicator service has the values before
   * the publication service has consumed them, and a release snapshots the publication's live
   * state: a draft taken too early is discarded (as an administrator would after the preview) and
   * taken again.
   */
  private static String createReleaseWith(String admin, String indicator) {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      String release = createRelease(admin);
      HttpResponse<String> preview =
          http.call(
              "GET", "/api/v1/releases/" + release + "/values?indicator=" + indicator, admin, null);
      if (preview.statusCode() == 200 && preview.body().contains("\"denominator\"")) {
        return release;
      }
      ok(http.call("DELETE", "/api/v1/releases/" + release, admin, null), 204);
      assertThat(System.nanoTime()).as("a release with " + indicator).isLessThan(deadline);
      E2eHttp.sleep(Duration.ofMillis(500));
    }
  }

  private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode())
        .as(response.request().method() + " " + response.uri() + ": " + response.body())
        .isEqualTo(status);
    return response;
  }
}
