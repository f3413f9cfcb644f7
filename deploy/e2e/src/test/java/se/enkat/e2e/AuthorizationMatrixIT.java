package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the authorization matrix of docs/security.md through the gateway with real Keycloak tokens:
 * every endpoint × {no token, admin, respondent of the organisation, respondent of another
 * organisation, dashboard}. The table is read from the document, so the document and the test
 * cannot drift; every differing cell is reported at once.
 */
class AuthorizationMatrixIT {

  private static final List<String> CALLERS = List.of("none", "admin", "own", "other", "dashboard");
  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*(GET|POST|PUT|DELETE)\\s*\\|\\s*`([^`]+)`\\s*\\|(.*)\\|\\s*$");
  private static final Pattern STATUS = Pattern.compile("^\\s*(\\d{3})");

  private static E2eHttp http;
  private static final Map<String, String> tokens = new LinkedHashMap<>();
  private static final Map<String, String> params = new LinkedHashMap<>();
  private static String suffix;

  @BeforeAll
  static void setUp() {
    http = new E2eHttp(E2eStack.get());
    tokens.put("admin", http.userToken("admin"));
    tokens.put("own", http.userToken("resp-0180"));
    tokens.put("other", http.userToken("resp-0114"));
    tokens.put("dashboard", http.dashboardToken());
    suffix = Long.toString(System.currentTimeMillis(), 36);
    String admin = tokens.get("admin");

    String questionnaire = "authz-" + suffix;
    expect(201, "POST", "/api/v1/questionnaires", admin, questionnaireJson(questionnaire));
    params.put("questionnaire", questionnaire);
    params.put("version", "1");
    params.put("org", "0180");
    params.put("topic", "enkat.rounds.v1");

    String round = "authz-" + suffix;
    String solo = round + "-solo";
    String draft = round + "-draft";
    String toClose = round + "-toclose";
    String closed = round + "-closed";
    createRound(round, questionnaire, "\"0180\",\"0114\"", true);
    createRound(solo, questionnaire, "\"0180\"", true);
    createRound(draft, questionnaire, "\"0180\",\"0114\"", false);
    createRound(toClose, questionnaire, "\"0180\",\"0114\"", true);
    createRound(closed, questionnaire, "\"0180\",\"0114\"", true);
    expect(200, "POST", "/api/v1/rounds/" + closed + "/close", admin, null);
    params.put("round", round);
    params.put("soloRound", solo);
    params.put("draftRound", draft);
    params.put("openRound", toClose);
    params.put("closedRound", closed);
    params.put("indicator", "q1");

    // the other services learn rounds from events: wait until each knows the ones the matrix uses
    await(
        "indicator knows " + round,
        () -> http.call("GET", "/api/v1/rounds/" + round + "/indicators", admin, null),
        r -> r.statusCode() == 200 && r.body().contains("\"q1\""));
    await(
        "validation knows " + round,
        () -> http.call("GET", "/api/v1/rounds/" + round + "/validation-summary", admin, null),
        r -> r.statusCode() == 200);
    // a release can be made once publication has the closed round's final values
    HttpResponse<String> first =
        await(
            "a release of " + closed,
            () -> http.call("POST", "/api/v1/rounds/" + closed + "/releases", admin, null),
            r -> r.statusCode() == 201);
    String published = E2eHttp.field(first.body(), "releaseId");
    expect(200, "POST", "/api/v1/releases/" + published + "/publish", admin, null);
    HttpResponse<String> second =
        expect(201, "POST", "/api/v1/rounds/" + closed + "/releases", admin, null);
    params.put("draftRelease", E2eHttp.field(second.body(), "releaseId"));
  }

  @Test
  void everyCellOfTheMatrixInDocsSecurityMdHoldsThroughTheGateway() throws IOException {
    List<Row> rows = readMatrix();
    assertThat(rows).as("matrix rows in docs/security.md").hasSizeGreaterThan(30);

    List<String> differing = new ArrayList<>();
    int cells = 0;
    for (Row row : rows) {
      String path = resolve(row.path());
      for (int i = 0; i < CALLERS.size(); i++) {
        String caller = CALLERS.get(i);
        int expected = row.expected().get(i);
        HttpResponse<String> response =
            http.call(
                row.method(),
                path,
                tokens.get(caller),
                body(row.method(), row.path(), caller),
                headers(row.method(), row.path(), caller));
        cells++;
        String problem = problemMismatch(response);
        if (response.statusCode() != expected || problem != null) {
          differing.add(
              "%s %s as %s: expected %d, got %d%s — %s"
                  .formatted(
                      row.method(),
                      path,
                      caller,
                      expected,
                      response.statusCode(),
                      problem == null ? "" : " (" + problem + ")",
                      abbreviate(response.body())));
        }
      }
    }
    System.out.printf("[matrix] %d rows × %d callers = %d cells%n", rows.size(), 5, cells);
    assertThat(differing).as("cells that differ from docs/security.md").isEmpty();
  }

  /** Errors must be problem+json; a success must not be. */
  private static String problemMismatch(HttpResponse<String> response) {
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (response.statusCode() >= 400 && !type.startsWith("application/problem+json")) {
      return "not problem+json: " + type;
    }
    return null;
  }

  private static String body(String method, String template, String caller) {
    if (method.equals("GET")) {
      return null;
    }
    return switch (method + " " + template) {
      case "PUT /api/v1/organisations/{org}" ->
          http.call("GET", "/api/v1/organisations/0180", tokens.get("admin"), null).body();
      case "POST /api/v1/questionnaires" -> questionnaireJson("authz-" + suffix + "-" + caller);
      case "POST /api/v1/rounds" ->
          roundJson("authz-" + suffix + "-new-" + caller, params.get("questionnaire"), "\"0180\"");
      case "PUT /api/v1/rounds/{round}/submissions/{org}/draft",
          "POST /api/v1/rounds/{round}/submissions/{org}",
          "POST /api/v1/rounds/{round}/submissions/{org}/check" ->
          "{\"answers\":{\"q1\":\"yes\"},\"comments\":{\"q1\":\"from " + caller + "\"}}";
      case "POST /api/v1/rounds/{round}/reminders" -> "{\"organisations\":[\"0180\"]}";
      case "PUT /api/v1/organisations/{org}/contacts" ->
          "[{\"email\":\"resp-0180@example.invalid\",\"name\":\"Respondent 0180\"}]";
      case "POST /api/v1/rounds/{round}/extensions" ->
          "{\"closesAt\":\"2028-06-30\",\"organisation\":\"0114\"}";
      case "POST /api/v1/rounds/{round}/indicators" ->
          """
          {"id":"authz-yes-%s","title":{"sv":"Andel ja","en":"Share yes"},
           "numerator":"answers['q1'] == 'yes'","denominator":"'q1' in answers"}
          """
              .formatted(caller);
      default -> null;
    };
  }

  private static Map<String, String> headers(String method, String template, String caller) {
    if (method.equals("POST") && template.equals("/api/v1/rounds/{round}/submissions/{org}")) {
      return Map.of("Idempotency-Key", "authz-" + caller + "-" + UUID.randomUUID());
    }
    return Map.of();
  }

  private static String resolve(String template) {
    String path = template;
    for (Map.Entry<String, String> param : params.entrySet()) {
      path = path.replace("{" + param.getKey() + "}", param.getValue());
    }
    assertThat(path).as("unknown placeholder in " + template).doesNotContain("{");
    return path;
  }

  record Row(String method, String path, List<Integer> expected) {}

  /** The table between the matrix markers of docs/security.md. */
  static List<Row> readMatrix() throws IOException {
    Path doc = projectRoot().resolve("docs/security.md");
    String text = Files.readString(doc);
    int start = text.indexOf("<!-- matrix:start -->");
    int end = text.indexOf("<!-- matrix:end -->");
    assertThat(start).as("matrix markers in " + doc).isNotNegative().isLessThan(end);
    List<Row> rows = new ArrayList<>();
    for (String line : text.substring(start, end).split("\n")) {
      Matcher row = ROW.matcher(line.trim());
      if (!row.matches()) {
        continue;
      }
      String[] cells = row.group(3).split("\\|");
      assertThat(cells).as("cells of " + line).hasSize(CALLERS.size());
      List<Integer> expected = new ArrayList<>();
      for (String cell : cells) {
        Matcher status = STATUS.matcher(cell);
        assertThat(status.find()).as("status in '" + cell + "' of " + line).isTrue();
        expected.add(Integer.parseInt(status.group(1)));
      }
      rows.add(new Row(row.group(1), row.group(2), expected));
    }
    return rows;
  }

  /**
   * The work tree this module belongs to (found from the working directory, not from {@code
   * enkat.root}, which may point at a snapshot of packaged services).
   */
  static Path projectRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("docs/security.md"))
          && Files.isDirectory(dir.resolve("services"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no docs/security.md above " + Path.of("").toAbsolutePath());
  }

  private static void createRound(
      String id, String questionnaire, String organisations, boolean open) {
    String admin = tokens.get("admin");
    expect(201, "POST", "/api/v1/rounds", admin, roundJson(id, questionnaire, organisations));
    if (open) {
      expect(200, "POST", "/api/v1/rounds/" + id + "/open", admin, null);
    }
  }

  private static String roundJson(String id, String questionnaire, String organisations) {
    return """
        {"id":"%s","title":{"sv":"Behörighetsprov","en":"Authorization check"},
         "questionnaire":{"id":"%s","version":1},
         "population":{"organisations":[%s]},
         "opensAt":"2026-01-01","closesAt":"2027-12-31"}
        """
        .formatted(id, questionnaire, organisations);
  }

  private static String questionnaireJson(String id) {
    return """
        {"id":"%s","version":1,"title":{"sv":"Behörighetsprov","en":"Authorization check"},
         "sections":[{"id":"s","title":{"sv":"Del","en":"Part"},
           "questions":[{"id":"q1","text":{"sv":"Ja eller nej?","en":"Yes or no?"},
                         "type":"yes_no"}]}]}
        """
        .formatted(id);
  }

  private static HttpResponse<String> expect(
      int status, String method, String path, String token, String body) {
    HttpResponse<String> response = http.call(method, path, token, body);
    assertThat(response.statusCode())
        .as("setup: %s %s → %s", method, path, response.body())
        .isEqualTo(status);
    return response;
  }

  private static HttpResponse<String> await(
      String what,
      java.util.function.Supplier<HttpResponse<String>> call,
      Predicate<HttpResponse<String>> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    HttpResponse<String> last;
    do {
      last = call.get();
      if (done.test(last)) {
        return last;
      }
      E2eHttp.sleep(Duration.ofMillis(250));
    } while (System.nanoTime() < deadline);
    throw new AssertionError(
        "setup: gave up waiting for " + what + "; last " + last.statusCode() + " " + last.body());
  }

  private static String abbreviate(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
