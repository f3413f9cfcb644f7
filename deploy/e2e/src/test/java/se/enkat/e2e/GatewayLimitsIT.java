package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway's limits and tracing through the real stack. */
class GatewayLimitsIT {

  private static E2eHttp http;

  @BeforeAll
  static void setUp() {
    http = new E2eHttp(E2eStack.get());
  }

  @Test
  void aBurstOverTheRateLimitGets429WithRetryAfter() {
    // a client of its own, so the burst drains no other test's bucket (key = client + subject)
    String client = "e2e-burst-" + Long.toString(System.currentTimeMillis(), 36);
    http.createPublicClient(client, null);
    String token = http.userToken(client, "nobody");
    // an unknown /api/v1 path: authenticated and rate limited, then answered by the gateway itself
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(http.gateway() + "/api/v1/e2e-burst"))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .GET()
            .build();

    Optional<HttpResponse<String>> limited = Optional.empty();
    int sent = 0;
    // waves of 100 parallel requests outrun the refill (100/s) until the bucket (200) is empty
    while (limited.isEmpty() && sent < 3000) {
      List<CompletableFuture<HttpResponse<String>>> wave = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        wave.add(E2eHttp.HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
      }
      sent += wave.size();
      limited =
          wave.stream()
              .map(CompletableFuture::join)
              .peek(r -> assertThat(r.statusCode()).isIn(404, 429))
              .filter(r -> r.statusCode() == 429)
              .findFirst();
    }

    assertThat(limited).as("a 429 within %d requests", sent).isPresent();
    HttpResponse<String> tooMany = limited.get();
    assertThat(tooMany.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(tooMany.body()).contains("\"status\":429");
    assertThat(tooMany.headers().firstValue("Retry-After"))
        .get()
        .satisfies(seconds -> assertThat(Integer.parseInt(seconds)).isPositive());
  }

  @Test
  void aTwoMebibyteSubmissionGets413FromTheGateway() {
    String token = http.userToken("resp-0180");
    byte[] body = new byte[2 * 1024 * 1024];
    Arrays.fill(body, (byte) ' ');
    byte[] prefix = "{\"answers\":{\"q1\":\"".getBytes();
    System.arraycopy(prefix, 0, body, 0, prefix.length);
    byte[] suffix = "\"}}".getBytes();
    System.arraycopy(suffix, 0, body, body.length - suffix.length, suffix.length);
    String id = "e2e-large-" + UUID.randomUUID();

    HttpResponse<String> response =
        E2eHttp.send(
            HttpRequest.newBuilder(
                    URI.create(http.gateway() + "/api/v1/rounds/any-round/submissions/0180"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", id)
                .header("X-Request-Id", id)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("\"status\":413");
    assertThat(http.logContains("collection", id))
        .as("the large body reached collection")
        .isFalse();
  }

  @Test
  void aClientsRequestIdComesBackAndIsInTheLogsOfGatewayAndService() {
    String id = "e2e-trace-" + UUID.randomUUID();

    HttpResponse<String> response =
        http.call(
            "GET",
            "/api/v1/organisations/0180",
            http.userToken("resp-0180"),
            null,
            Map.of("X-Request-Id", id));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("X-Request-Id")).contains(id);
    assertThat(http.awaitInLog("gateway", "req:" + id, Duration.ofSeconds(10)))
        .as("gateway.log")
        .isTrue();
    assertThat(http.awaitInLog("collection", "req:" + id, Duration.ofSeconds(10)))
        .as("collection.log")
        .isTrue();
  }
}
