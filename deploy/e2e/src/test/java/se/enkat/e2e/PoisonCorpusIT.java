package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.enkat.demo.Api;
import se.enkat.demo.Published;
import se.enkat.demo.PublishedValue;
import se.enkat.demo.Tokens;
import se.enkat.questionnaire.model.Question;
import se.enkat.questionnaire.model.QuestionType;

/**
 * The poison corpus of issue 14, one input at a time through the gateway with a respondent's real
 * token: each gets a clear 4xx at the door (or is accepted and judged), never a 5xx, and the same
 * organisation's normal submission right after is judged and counted within 10 s (a wedged
 * partition would hold it). Part of {@code ./mvnw verify} (docs/reliability.md).
 */
@Order(Integer.MAX_VALUE - 2)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoisonCorpusIT {

  private static final Duration COUNTED_WITHIN = Duration.ofSeconds(10);
  private static final String QUESTION = "plan.exists";
  private static final int NEARLY_ONE_MIB = 1_048_463;

  private static E2eHttp http;
  private static CampaignRound round;
  private static CampaignChecks checks;
  private static String organisation;
  private static String token;
  private static JsonNode answersYes;
  private static JsonNode answersNo;
  private static final List<Integer> poisonRevisions = new ArrayList<>();
  private static boolean lastWasYes;
  private static List<String> textQuestions;

  @BeforeAll
  static void openARound() {
    http = new E2eHttp(E2eStack.get());
    round = new CampaignRound(http, "poison", 0, 2);
    checks = new CampaignChecks(http.stack(), round.id);
    organisation = round.invited.get(0).code();
    token = round.tokens.user("resp-" + organisation, Tokens.DEMO_PASSWORD);
    // answers depend on the type only: any municipality's set is valid for this one
    List<JsonNode> sets = round.answerSets.values().stream().flatMap(List::stream).toList();
    textQuestions =
        round
            .questionnaire
            .questions()
            .filter(q -> q.questionType().orElse(null) == QuestionType.TEXT)
            .map(Question::id)
            .toList();
    answersYes =
        sets.stream()
            .filter(a -> "yes".equals(a.path(QUESTION).asText()))
            .filter(a -> textQuestions.stream().anyMatch(a::has))
            .findFirst()
            .orElseThrow();
    answersNo =
        sets.stream().filter(a -> "no".equals(a.path(QUESTION).asText())).findFirst().orElseThrow();
  }

  static Stream<Arguments> poisons() {
    return Stream.of(
        poison("a body of 1,048,463 bytes (a long comment)", PoisonCorpusIT::nearlyOneMebibyte),
        poison(
            "\\u0000 in a comment",
            o -> submit(json("{\"answers\":%s,\"comments\":{\"plan.exists\":\"a\\u0000b\"}}"))),
        poison("\\u0000 in a text answer", o -> submit(json(textAnswer("a\\u0000b")))),
        poison(
            "a lone surrogate \\ud83d in a comment",
            o -> submit(json("{\"answers\":%s,\"comments\":{\"plan.exists\":\"x\\ud83dy\"}}"))),
        poison(
            "a lone surrogate \\ud83d in a text answer",
            o -> submit(json(textAnswer("x\\ud83dy")))),
        poison("invalid UTF-8 in a comment", o -> submit(invalidUtf8())),
        poison("JSON nested 5,000 deep", o -> submit(nested(5000))),
        poison(
            "an unknown top-level field",
            o -> submit(json("{\"answers\":%s,\"comments\":{},\"extra\":{\"a\":1}}"))),
        poison("an unknown question", o -> submit(unknownQuestion())),
        poison(
            "%00 as the organisation of a submission",
            o ->
                status(
                    http.call(
                        "POST",
                        "/api/v1/rounds/" + round.id + "/submissions/%00",
                        token,
                        "{\"answers\":{}}"))),
        poison(
            "%00 in GET /organisations/{code}",
            o -> status(http.call("GET", "/api/v1/organisations/%00", token, null))),
        poison(
            "%00 in GET /rounds/{id}",
            o -> status(http.call("GET", "/api/v1/rounds/x%00y", round.tokens.admin(), null))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("poisons")
  @Order(1)
  void aPoisonGetsA4xxOrIsJudgedAndTheNextNormalSubmissionIsCountedWithin10s(
      String what, Function<String, Integer> send) {
    int status = send.apply(organisation);
    long sent = System.nanoTime();

    assertThat(status).as(what + ": never a 5xx").isLessThan(500).isGreaterThanOrEqualTo(200);
    assertThat(status).as(what + ": a 4xx, or 202 accepted").isNotEqualTo(200);
    normalSubmissionIsCountedWithin(COUNTED_WITHIN, what);
    System.out.printf(
        "poison: %s -> %d; the next normal submission counted after %d ms%n",
        what, status, (System.nanoTime() - sent) / 1_000_000);
  }

  @Test
  @Order(2)
  void everyAcceptedPoisonWasJudgedAndTheReleaseHoldsTheLastNormalSubmission() {
    var revisions = checks.revisions();
    for (int revision : poisonRevisions) {
      assertThat(revisions.get(organisation + "#" + revision).status())
          .as("verdict on poison revision " + revision)
          .isNotEqualTo("RECEIVED");
    }
    round.admin.close(round.id);
    String releaseId = round.admin.createRelease(round.id, Duration.ofMinutes(2));
    round.admin.publish(releaseId);
    Map<String, PublishedValue> values =
        new Published(round.api, round.tokens, http.gateway())
            .nationalValues(round.id, Duration.ofMinutes(1));
    PublishedValue published = values.get(Published.key(QUESTION, "MUNICIPALITY", ""));
    assertThat(published.denominator()).isEqualTo(1);
    assertThat(published.numerator()).isEqualTo(lastWasYes ? 1 : 0);
  }

  @AfterAll
  static void noDeadLettersOfThisRound() {
    if (checks != null) {
      checks.deadLetters().forEach((topic, count) -> assertThat(count[1]).as(topic).isZero());
    }
  }

  private static void normalSubmissionIsCountedWithin(Duration within, String after) {
    lastWasYes = !lastWasYes;
    JsonNode answers = lastWasYes ? answersYes : answersNo;
    HttpResponse<String> accepted =
        http.call(
            "POST",
            "/api/v1/rounds/" + round.id + "/submissions/" + organisation,
            token,
            body(answers, Api.JSON.createObjectNode()),
            Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(accepted.statusCode()).as("normal submission after " + after).isEqualTo(202);
    long revision = E2eHttp.number(accepted.body(), "revision");
    long deadline = System.nanoTime() + within.toNanos();
    String seen = "";
    while (System.nanoTime() < deadline) {
      String latest =
          http.call(
                  "GET", "/api/v1/rounds/" + round.id + "/submissions/" + organisation, token, null)
              .body();
      String value =
          http.call(
                  "GET",
                  "/api/v1/rounds/"
                      + round.id
                      + "/indicators/values?level=organisation&organisation="
                      + organisation
                      + "&indicator="
                      + QUESTION,
                  round.tokens.admin(),
                  null)
              .body();
      seen = latest + " / " + value;
      if (E2eHttp.number(latest, "revision") == revision
          && "ACCEPTED".equals(E2eHttp.field(latest, "status"))
          && value.contains("\"numerator\":" + (lastWasYes ? 1 : 0))) {
        return;
      }
      E2eHttp.sleep(Duration.ofMillis(200));
    }
    throw new AssertionError(
        "after "
            + after
            + ": revision "
            + revision
            + " not accepted and counted within "
            + within
            + "; last seen "
            + Api.abbreviated(seen));
  }

  private static Arguments poison(String what, Function<String, Integer> send) {
    return Arguments.of(what, send);
  }

  private static int submit(byte[] body) {
    try {
      HttpResponse<String> response =
          http.submit(round.id, organisation, token, UUID.randomUUID().toString(), body);
      if (response.statusCode() == 202) {
        poisonRevisions.add(E2eHttp.number(response.body(), "revision").intValue());
      }
      return response.statusCode();
    } catch (java.io.IOException e) {
      throw new AssertionError("the connection dropped: " + e, e);
    }
  }

  private static int status(HttpResponse<String> response) {
    return response.statusCode();
  }

  private static String body(JsonNode answers, JsonNode comments) {
    ObjectNode body = Api.JSON.createObjectNode();
    body.set("answers", answers);
    body.set("comments", comments);
    return body.toString();
  }

  /** A valid body with {@code %s} replaced by valid answers. */
  private static byte[] json(String template) {
    return template.formatted(answersYes.toString()).getBytes(StandardCharsets.UTF_8);
  }

  private static String textAnswer(String escapedText) {
    ObjectNode answers = answersYes.deepCopy();
    String text = textQuestions.stream().filter(answers::has).findFirst().orElseThrow();
    answers.remove(text);
    String rest = answers.toString();
    return "{\"answers\":"
        + rest.substring(0, rest.length() - 1)
        + ",\""
        + text
        + "\":\""
        + escapedText
        + "\"},\"comments\":{}}";
  }

  private static int nearlyOneMebibyte(String ignored) {
    byte[] head =
        ("{\"answers\":" + answersYes + ",\"comments\":{\"plan.exists\":\"")
            .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}}".getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[NEARLY_ONE_MIB];
    java.util.Arrays.fill(body, (byte) 'x');
    System.arraycopy(head, 0, body, 0, head.length);
    System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
    return submit(body);
  }

  private static byte[] invalidUtf8() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("{\"answers\":" + answersYes + ",\"comments\":{\"plan.exists\":\"a")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
    body.writeBytes("b\"}}".getBytes(StandardCharsets.UTF_8));
    return body.toByteArray();
  }

  private static byte[] nested(int depth) {
    String body =
        "{\"answers\":{\"plan.exists\":"
            + "[".repeat(depth)
            + "]".repeat(depth)
            + "},\"comments\":{}}";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] unknownQuestion() {
    ObjectNode answers = answersYes.deepCopy();
    answers.put("no.such.question", "yes");
    return body(answers, Api.JSON.createObjectNode()).getBytes(StandardCharsets.UTF_8);
  }
}
