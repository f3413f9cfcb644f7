package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.enkat.demo.Api;
import se.enkat.demo.Tokens;
import se.enkat.e2e.OtlpReceiver.ReceivedSpan;

/**
 * One submission through the gateway, sent with a sampled {@code traceparent} the test chose: the
 * services of the shared stack export their spans over OTLP/HTTP to the stack's receiver, and that
 * one trace holds spans of all five services and both Kafka hops (the relay's producer span of
 * submission.received and validation's consumer span under it; validation's producer span of the
 * verdict and the consumer spans of indicator and collection under it).
 */
class TracingIT {

  private static final String SUBMISSIONS = "enkat.submissions.v1";
  private static final String VALIDATIONS = "enkat.validations.v1";
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void oneSubmissionsTraceShowsEveryServiceAndBothKafkaHops() {
    E2eHttp http = new E2eHttp(E2eStack.get());
    OtlpReceiver receiver = E2eStack.traces();
    CampaignRound round = new CampaignRound(http, "trace", 0, 1);
    String organisation = round.invited.get(0).code();
    String token = round.tokens.user("resp-" + organisation, Tokens.DEMO_PASSWORD);
    // a submission that reaches validation before its round is parked and judged later, in the
    // round event's trace: wait until validation knows the round
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                http.call(
                            "GET",
                            "/api/v1/rounds/" + round.id + "/validation-summary",
                            round.tokens.admin(),
                            null)
                        .statusCode()
                    == 200);
    String traceId = random(16);
    String callerSpan = random(8);
    receiver.watch(traceId);

    ObjectNode body = Api.JSON.createObjectNode();
    body.set("answers", round.answerSets.get(organisation).get(0));
    body.set("comments", Api.JSON.createObjectNode());
    HttpResponse<String> accepted =
        http.call(
            "POST",
            "/api/v1/rounds/" + round.id + "/submissions/" + organisation,
            token,
            body.toString(),
            Map.of(
                "Idempotency-Key",
                UUID.randomUUID().toString(),
                "traceparent",
                "00-" + traceId + "-" + callerSpan + "-01"));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);

    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(500))
        .untilAsserted(() -> everyHopIn(receiver.spans(traceId), callerSpan));
    List<ReceivedSpan> spans = receiver.spans(traceId);
    System.out.printf(
        "trace %s: %d spans (%s); %d spans received in all%n",
        traceId,
        spans.size(),
        spans.stream().collect(Collectors.groupingBy(ReceivedSpan::service, Collectors.counting())),
        receiver.received());
  }

  private static void everyHopIn(List<ReceivedSpan> spans, String callerSpan) {
    String seen = describe(spans);
    assertThat(spans)
        .as(seen)
        .extracting(ReceivedSpan::service)
        .contains(
            "enkat-gateway",
            "enkat-collection",
            "enkat-validation",
            "enkat-indicator",
            "enkat-publication");

    // the gateway continues the caller's trace and passes its own span on to collection
    ReceivedSpan gateway =
        one(spans, "enkat-gateway", SpanKind.SPAN_KIND_SERVER, null, callerSpan).orElseThrow();
    assertThat(
            spans.stream()
                .filter(s -> s.service().equals("enkat-collection"))
                .filter(s -> s.kind() == SpanKind.SPAN_KIND_SERVER)
                .filter(s -> isBelow(spans, s, gateway.spanId())))
        .as("collection's server span under the gateway's span; " + seen)
        .isNotEmpty();

    // hop 1: the outbox relay of collection, then validation's consumer
    ReceivedSpan received =
        one(spans, "enkat-collection", SpanKind.SPAN_KIND_PRODUCER, SUBMISSIONS + " publish", null)
            .orElseThrow(
                () -> new AssertionError("no producer span of " + SUBMISSIONS + "; " + seen));
    ReceivedSpan validation =
        one(
                spans,
                "enkat-validation",
                SpanKind.SPAN_KIND_CONSUMER,
                SUBMISSIONS + " process",
                received.spanId())
            .orElseThrow(() -> new AssertionError("no validation consumer span; " + seen));

    // hop 2: the verdict from validation's relay, consumed by indicator and collection
    ReceivedSpan verdict =
        one(spans, "enkat-validation", SpanKind.SPAN_KIND_PRODUCER, VALIDATIONS + " publish", null)
            .orElseThrow(
                () -> new AssertionError("no producer span of " + VALIDATIONS + "; " + seen));
    assertThat(isBelow(spans, verdict, validation.spanId()))
        .as("the verdict is sent in the trace of the consumed submission; " + seen)
        .isTrue();
    for (String consumer : List.of("enkat-indicator", "enkat-collection", "enkat-publication")) {
      assertThat(
              one(
                  spans,
                  consumer,
                  SpanKind.SPAN_KIND_CONSUMER,
                  VALIDATIONS + " process",
                  verdict.spanId()))
          .as(consumer + " consumes the verdict under its producer span; " + seen)
          .isPresent();
    }
  }

  private static Optional<ReceivedSpan> one(
      List<ReceivedSpan> spans, String service, SpanKind kind, String name, String parent) {
    return spans.stream()
        .filter(s -> s.service().equals(service) && s.kind() == kind)
        .filter(s -> name == null || s.name().equals(name))
        .filter(s -> parent == null || s.parentSpanId().equals(parent))
        .findFirst();
  }

  /** Whether {@code ancestor} is on the path from {@code span} up to the root. */
  private static boolean isBelow(List<ReceivedSpan> spans, ReceivedSpan span, String ancestor) {
    Map<String, String> parents =
        spans.stream()
            .collect(
                Collectors.toMap(ReceivedSpan::spanId, ReceivedSpan::parentSpanId, (a, b) -> a));
    String at = span.parentSpanId();
    for (int depth = 0; at != null && !at.isEmpty() && depth < 100; depth++) {
      if (at.equals(ancestor)) {
        return true;
      }
      at = parents.get(at);
    }
    return false;
  }

  private static String describe(List<ReceivedSpan> spans) {
    return spans.size()
        + " spans: "
        + spans.stream()
            .map(s -> s.service() + "/" + s.kind() + "/" + s.name())
            .collect(Collectors.joining(", "));
  }

  private static String random(int bytes) {
    byte[] id = new byte[bytes];
    new SecureRandom().nextBytes(id);
    return HEX.formatHex(id);
  }
}
