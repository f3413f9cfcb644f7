package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.enkat.stack.ServiceProcess;
import se.enkat.stack.StackConfig;
import se.enkat.stack.StackPort;

/**
 * The administrator's console API (issue 16) through the gateway with real Keycloak tokens, the
 * real SMTP server of the stack (GreenMail) and a real crash of the sending service: indicators
 * defined right after a round is created and right after it is opened, the per-organisation
 * progress list, a submission on behalf of an organisation, reminders with exactly one mail per
 * respondent, and no duplicate after collection halts in the middle of sending.
 */
class AdminConsoleApiIT {

  // generous: a halted consumer's partitions move to its successor only after the session timeout
  private static final Duration WAIT = Duration.ofMinutes(3);
  private static final Pattern MESSAGE_ID = Pattern.compile("\"Message-ID\"\\s*:\\s*\"([^\"]+)\"");

  private static E2eHttp http;
  private static StackConfig stack;
  private static String admin;
  private static String suffix;

  @BeforeAll
  static void setUp() {
    stack = E2eStack.get();
    http = new E2eHttp(stack);
    admin = http.userToken("admin");
    suffix = Long.toString(System.currentTimeMillis(), 36);
  }

  @Test
  void indicatorsCanBeDefinedRightAfterCreatingAndRightAfterOpeningARound() {
    String questionnaire = uploadQuestionnaire("draft-ind");
    String round = "draft-ind-" + suffix;
    expect(201, "POST", "/api/v1/rounds", roundJson(round, questionnaire, "\"0180\",\"0114\""));
    // DRAFT: collection has announced nothing yet
    expect(201, "POST", "/api/v1/rounds/" + round + "/indicators", indicator("draft.yes"));
    expect(200, "POST", "/api/v1/rounds/" + round + "/open", null);
    // at once, before the indicator service can have consumed round.opened
    expect(201, "POST", "/api/v1/rounds/" + round + "/indicators", indicator("opened.yes"));

    HttpResponse<String> definitions =
        expect(200, "GET", "/api/v1/rounds/" + round + "/indicators", null);
    assertThat(count(definitions.body(), "\"id\":\"draft.yes\"")).isEqualTo(1);
    assertThat(count(definitions.body(), "\"id\":\"opened.yes\"")).isEqualTo(1);
    assertThat(count(definitions.body(), "\"id\":\"q1\"")).as("the default indicator").isEqualTo(1);

    // both are counted once answers arrive
    String respondent = http.userToken("resp-0180");
    submit(round, "0180", respondent, "yes");
    HttpResponse<String> values =
        await(
            "values of draft.yes",
            () ->
                http.call(
                    "GET",
                    "/api/v1/rounds/"
                        + round
                        + "/indicators/values?level=national&indicator=draft.yes",
                    admin,
                    null),
            r -> r.statusCode() == 200 && r.body().contains("\"numerator\":1"));
    assertThat(values.body()).contains("\"denominator\":1");
  }

  @Test
  void theProgressListShowsEachOrganisationAndAnAdminSubmissionIsMarkedOnBehalf() {
    String questionnaire = uploadQuestionnaire("progress");
    String round = "progress-" + suffix;
    expect(
        201, "POST", "/api/v1/rounds", roundJson(round, questionnaire, "\"0180\",\"0114\",\"03\""));
    expect(200, "POST", "/api/v1/rounds/" + round + "/open", null);
    String path = "/api/v1/rounds/" + round + "/progress/organisations";
    HttpResponse<String> silent = expect(200, "GET", path + "?state=SILENT", null);
    assertThat(count(silent.body(), "\"state\":\"SILENT\"")).isEqualTo(3);

    submit(round, "0180", http.userToken("resp-0180"), "yes");
    submit(round, "0114", admin, "no"); // on behalf of 0114
    await(
        "both accepted",
        () -> http.call("GET", path + "?state=ACCEPTED", admin, null),
        r -> count(r.body(), "\"state\":\"ACCEPTED\"") == 2);
    HttpResponse<String> csv = expect(200, "GET", path + "?format=csv", null);
    assertThat(csv.body().lines())
        .hasSize(4)
        .anyMatch(l -> l.startsWith("03,") && l.contains(",SILENT,"))
        .anyMatch(l -> l.startsWith("0114,") && l.contains(",ACCEPTED,1,") && l.endsWith(",yes"));

    HttpResponse<String> seen =
        http.call(
            "GET",
            "/api/v1/rounds/" + round + "/submissions/0114",
            http.userToken("resp-0114"),
            null);
    assertThat(seen.statusCode()).isEqualTo(200);
    assertThat(seen.body()).contains("\"onBehalf\":true").contains("\"submittedBy\":");
    HttpResponse<String> audit =
        expect(200, "GET", "/api/v1/rounds/" + round + "/audit?action=submission", null);
    assertThat(count(audit.body(), "\"action\":\"submission.submitted\"")).isEqualTo(2);
    assertThat(audit.body()).contains("\"onBehalf\":true").contains("\"onBehalf\":false");
  }

  @Test
  void remindersReachEveryRespondentOnceEvenWhenTheSenderHaltsMidway() throws Exception {
    String questionnaire = uploadQuestionnaire("remind");
    String round = "remind-" + suffix;
    expect(
        201, "POST", "/api/v1/rounds", roundJson(round, questionnaire, "\"0180\",\"0114\",\"23\""));
    expect(200, "POST", "/api/v1/rounds/" + round + "/open", null);
    List<String> first = addresses("first", 2);
    List<String> second = addresses("second", 3);
    contacts("0114", first);
    contacts("23", second);

    // 1. plain: one mail per respondent of the silent organisations
    expect(202, "POST", "/api/v1/rounds/" + round + "/reminders", "{\"organisations\":[\"0114\"]}");
    for (String address : first) {
      awaitMails(address, 1);
    }

    // 2. collection halts right after it marked the first of three mails SENT
    Path marker = ServiceProcess.crashMarkers(stack, "collection").resolve("reminder-after-mark");
    Files.deleteIfExists(marker);
    String armed = System.getProperty("enkat.crash-points");
    System.setProperty("enkat.crash-points", "collection:reminder-after-mark");
    try {
      E2eStack.supervisor().restart("collection"); // started again with the point armed
    } finally {
      // the supervisor's next start of collection (after the halt) runs unarmed
      if (armed == null) {
        System.clearProperty("enkat.crash-points");
      } else {
        System.setProperty("enkat.crash-points", armed);
      }
    }
    expect(202, "POST", "/api/v1/rounds/" + round + "/reminders", "{\"organisations\":[\"23\"]}");
    await("collection halts at reminder-after-mark", () -> Files.exists(marker), ok -> ok);
    assertThat(marker).as("the crash point was reached").exists();
    await(
        "collection answers after the crash",
        () -> http.call("GET", "/api/v1/rounds/" + round + "/reminders", admin, null),
        r -> r.statusCode() == 200 && !r.body().contains("\"QUEUED\""));
    for (String address : second) {
      awaitMails(address, 1);
    }
    // nothing more arrives: the redelivered event found the first mail already SENT
    E2eHttp.sleep(Duration.ofSeconds(3));
    for (String address : second) {
      assertThat(messageIds(address)).as(address).hasSize(1);
    }
    for (String address : first) {
      assertThat(messageIds(address)).as(address).hasSize(1);
    }
    HttpResponse<String> reminders =
        expect(200, "GET", "/api/v1/rounds/" + round + "/reminders", null);
    assertThat(count(reminders.body(), "\"status\":\"SENT\""))
        .as(reminders.body())
        .isEqualTo(2 + 5);
    HttpResponse<String> progress =
        expect(
            200, "GET", "/api/v1/rounds/" + round + "/progress/organisations?state=SILENT", null);
    assertThat(progress.body()).contains("\"reminders\":[{\"at\":");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static List<String> addresses(String who, int n) {
    String run = UUID.randomUUID().toString().substring(0, 8);
    return java.util.stream.IntStream.rangeClosed(1, n)
        .mapToObj(i -> who + i + "-" + run + "@example.invalid")
        .toList();
  }

  private static void contacts(String organisation, List<String> emails) {
    String body =
        emails.stream()
            .map(e -> "{\"email\":\"" + e + "\",\"name\":\"Respondent\"}")
            .collect(java.util.stream.Collectors.joining(",", "[", "]"));
    expect(200, "PUT", "/api/v1/organisations/" + organisation + "/contacts", body);
  }

  private static void awaitMails(String address, int n) {
    await("mail for " + address, () -> messageIds(address).size() >= n ? "ok" : "no", "ok"::equals);
  }

  /** The Message-IDs GreenMail received for an address, one per mail. */
  private static List<String> messageIds(String address) {
    String url =
        "http://localhost:"
            + stack.port(StackPort.SMTP_API)
            + "/api/user/"
            + address
            + "/messages/INBOX";
    HttpResponse<String> response = E2eHttp.send(HttpRequest.newBuilder(URI.create(url)).GET());
    if (response.statusCode() != 200) {
      return List.of();
    }
    Matcher m = MESSAGE_ID.matcher(response.body());
    List<String> ids = new java.util.ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  private static void submit(String round, String organisation, String token, String answer) {
    HttpResponse<String> response =
        http.call(
            "POST",
            "/api/v1/rounds/" + round + "/submissions/" + organisation,
            token,
            "{\"answers\":{\"q1\":\"" + answer + "\"}}",
            Map.of("Idempotency-Key", "console-" + UUID.randomUUID()));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
  }

  private static String uploadQuestionnaire(String prefix) {
    String id = prefix + "-" + suffix;
    expect(
        201,
        "POST",
        "/api/v1/questionnaires",
        """
        {"id":"%s","version":1,"title":{"sv":"Konsolprov","en":"Console check"},
         "sections":[{"id":"s","title":{"sv":"Del","en":"Part"},
           "questions":[{"id":"q1","text":{"sv":"Ja eller nej?","en":"Yes or no?"},
                         "type":"yes_no"}]}]}
        """
            .formatted(id));
    return id;
  }

  private static String roundJson(String id, String questionnaire, String organisations) {
    return """
        {"id":"%s","title":{"sv":"Konsolprov","en":"Console check"},
         "questionnaire":{"id":"%s","version":1},
         "population":{"organisations":[%s]},
         "opensAt":"%s","closesAt":"%s"}
        """
        .formatted(
            id,
            questionnaire,
            organisations,
            LocalDate.now().minusDays(1),
            LocalDate.now().plusDays(30));
  }

  private static String indicator(String id) {
    return """
        {"id":"%s","title":{"sv":"Andel ja","en":"Share yes"},
         "numerator":"answers['q1'] == 'yes'","denominator":"'q1' in answers"}
        """
        .formatted(id);
  }

  private static HttpResponse<String> expect(int status, String method, String path, String body) {
    HttpResponse<String> response = http.call(method, path, admin, body);
    assertThat(response.statusCode())
        .as("%s %s → %s", method, path, response.body())
        .isEqualTo(status);
    return response;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      n++;
    }
    return n;
  }

  private static <T> T await(String what, Supplier<T> call, Predicate<T> done) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    T last;
    do {
      last = call.get();
      if (done.test(last)) {
        return last;
      }
      E2eHttp.sleep(Duration.ofMillis(250));
    } while (System.nanoTime() < deadline);
    throw new AssertionError("gave up waiting for " + what + "; last: " + last);
  }
}
