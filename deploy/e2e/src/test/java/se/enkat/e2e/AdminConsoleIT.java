package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import se.enkat.stack.StackPort;

/**
 * The administrator's console in real Chromium against the e2e stack (services/web's {@code
 * src/test/browser/admin.test.mjs}): through the console only, an administrator uploads a broken
 * and then a fixed questionnaire, creates a round, defines a custom indicator while it is DRAFT,
 * opens it, watches progress move while respondents submit through the API, reminds the silent
 * organisations, closes, previews a draft release and publishes it. Then the published API must
 * return exactly what the preview showed. Screenshots land in {@code target/admin-screens/}.
 */
class AdminConsoleIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern MESSAGE_ID = Pattern.compile("\"Message-ID\"\\s*:\\s*\"([^\"]+)\"");

  @Test
  void anAdministratorRunsTheRoundThroughTheConsoleAndThePublishedValuesAreWhatThePreviewShowed()
      throws Exception {
    E2eHttp http = new E2eHttp(E2eStack.get());
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String round = "r-console-" + suffix;
    BrowserTests browser = BrowserTests.start(http.gateway(), "admin-screens");
    Path preview = Path.of("target/admin-preview-" + suffix + ".json").toAbsolutePath();
    // The respondents reminders go to (the organisations' contacts): two for Upplands Väsby, one
    // for Region Jämtland Härjedalen, the two organisations that stay silent.
    String admin = http.userToken("admin");
    Map<String, List<String>> respondents =
        Map.of(
            "0114",
            List.of(
                "vasby-a-" + suffix + "@example.invalid", "vasby-b-" + suffix + "@example.invalid"),
            "23",
            List.of("jamtland-" + suffix + "@example.invalid"));
    respondents.forEach(
        (organisation, emails) -> {
          String body =
              emails.stream()
                  .map(e -> "{\"email\":\"" + e + "\",\"name\":\"Svarande\"}")
                  .collect(Collectors.joining(",", "[", "]"));
          HttpResponse<String> put =
              http.call("PUT", "/api/v1/organisations/" + organisation + "/contacts", admin, body);
          assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        });

    Map<String, String> env = new HashMap<>();
    env.put("ENKAT_ADMIN_SUFFIX", suffix);
    env.put(
        "ENKAT_ADMIN_QUESTIONNAIRE",
        Path.of("src/test/resources/web/admin-questionnaire.json").toAbsolutePath().toString());
    env.put("ENKAT_ADMIN_PREVIEW", preview.toString());
    // Every step by default; ENKAT_ADMIN_STEPS=indicator,release (say) while working on a part.
    String steps = System.getenv().getOrDefault("ENKAT_ADMIN_STEPS", "all");
    env.put("ENKAT_ADMIN_STEPS", steps);
    browser.run("src/test/browser/admin.test.mjs", env, Duration.ofMinutes(10));

    if (steps.equals("all") || steps.contains("reminders")) {
      // The SMTP server received exactly one mail per respondent of the silent organisations.
      int port = http.stack().port(StackPort.SMTP_API);
      for (String email : respondents.values().stream().flatMap(List::stream).toList()) {
        Awaitility.await(email)
            .atMost(Duration.ofSeconds(60))
            .until(() -> messageIds(port, email).size() >= 1);
      }
      // and nothing more arrives (no duplicate a moment later)
      Awaitility.await("no second mail")
          .during(Duration.ofSeconds(3))
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  respondents.values().stream()
                      .flatMap(List::stream)
                      .allMatch(email -> messageIds(port, email).size() == 1));
    }

    if (steps.equals("all")) {
      assertThat(preview).exists();
    }
    if (Files.exists(preview)) {
      // The published API returns, cell for cell, what the console's preview showed.
      JsonNode shown = JSON.readTree(preview.toFile());
      assertThat(shown.size()).isGreaterThan(0);
      String dashboard = http.dashboardToken();
      HttpResponse<String> published =
          http.call(
              "GET",
              "/api/v1/published/rounds/" + round + "/values?level=national",
              dashboard,
              null);
      assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
      Map<String, String> publishedCells = cells(JSON.readTree(published.body()));
      assertThat(cells(shown)).isEqualTo(publishedCells);
    }
  }

  /** The Message-IDs GreenMail received for an address, one per mail. */
  private static List<String> messageIds(int port, String address) {
    HttpResponse<String> response =
        E2eHttp.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:" + port + "/api/user/" + address + "/messages/INBOX"))
                .GET());
    List<String> ids = new ArrayList<>();
    if (response.statusCode() == 200) {
      Matcher m = MESSAGE_ID.matcher(response.body());
      while (m.find()) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** indicator|type|category → "numerator/denominator". */
  private static Map<String, String> cells(JsonNode values) {
    JsonNode list = values.isArray() ? values : values.path("values");
    Map<String, String> cells = new HashMap<>();
    for (JsonNode v : list) {
      String key =
          v.path("indicator").asText()
              + "|"
              + v.path("type").asText("")
              + "|"
              + v.path("category").asText("");
      cells.put(key, v.path("numerator").asLong() + "/" + v.path("denominator").asLong());
    }
    return cells;
  }
}
