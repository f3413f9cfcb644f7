package se.enkat.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The gateway's own behaviour against stand-in upstreams: routing, pass-through, limits and
 * failures. Token checks at the edge are proven end to end with real Keycloak tokens.
 */
@QuarkusTest
@QuarkusTestResource(FakeUpstreams.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayProxyTest {

  @Test
  void proxiesToTheOwningServiceAndPassesBodiesHeadersAndStatusThrough() {
    given()
        .header("Authorization", "Bearer abc")
        .contentType("application/json")
        .body("{\"answers\":{}}")
        .post("/api/v1/rounds/r1/submissions/0180")
        .then()
        .statusCode(200)
        .header("ETag", "\"v1\"")
        .header("X-Seen-Authorization", "Bearer abc")
        .body("path", equalTo("/api/v1/rounds/r1/submissions/0180"))
        .body("bytes", equalTo(14));
    given().get("/api/v1/organisations/missing").then().statusCode(404);
    given()
        .header("If-None-Match", "\"v1\"")
        .get("/api/v1/published/rounds")
        .then()
        .statusCode(304);
  }

  @Test
  void requestIdIsKeptWhenSentAndGeneratedWhenNot() {
    given()
        .header("X-Request-Id", "trace-123")
        .get("/api/v1/organisations")
        .then()
        .header("X-Request-Id", "trace-123")
        .header("X-Seen-Request-Id", "trace-123");
    given()
        .get("/api/v1/organisations")
        .then()
        .header("X-Request-Id", notNullValue())
        .header("X-Content-Type-Options", "nosniff");
  }

  @Test
  void unknownPathIsAProblem() {
    given()
        .get("/api/v1/nothing-here")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
  }

  @Test
  void bodyOverOneMebibyteIsRefusedWith413BeforeProxying() {
    byte[] body = new byte[2 * 1024 * 1024];
    given()
        .contentType("application/json")
        .body(body)
        .post("/api/v1/rounds/r1/submissions/0180")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413));
  }

  @Test
  void requestsGoRoundRobinToTheLiveInstancesAndSkipTheOneThatIsDown() {
    java.util.Set<String> instances = new java.util.HashSet<>();
    for (int i = 0; i < 9; i++) {
      Response read = given().get("/api/v1/organisations/0180");
      assertThat(read.statusCode()).as("GET %d", i).isEqualTo(200);
      instances.add(read.header("X-Instance"));
      Response submit =
          given()
              .contentType("application/json")
              .body("{\"answers\":{}}")
              .post("/api/v1/rounds/r1/submissions/0180");
      assertThat(submit.statusCode()).as("POST %d", i).isEqualTo(200);
      assertThat(submit.jsonPath().getInt("bytes")).isEqualTo(14);
      instances.add(submit.header("X-Instance"));
    }
    assertThat(instances).containsExactlyInAnyOrder("1", "2");
  }

  @Test
  void upstreamThatIsDownGives502Problem() {
    given()
        .get("/api/v1/rounds/r1/validation-summary")
        .then()
        .statusCode(502)
        .contentType("application/problem+json")
        .body("title", equalTo("Bad gateway"));
  }

  @Test
  void upstreamThatDoesNotAnswerGives504Problem() {
    long started = System.nanoTime();
    given()
        .get("/api/v1/rounds/r1/indicators")
        .then()
        .statusCode(504)
        .contentType("application/problem+json");
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
  }

  /**
   * The silent "indicator" holds every request until the response timeout (1 s in tests); with 3 in
   * progress (the test limit for its one instance) the next ones are refused at once.
   */
  @Test
  void aServiceWithItsLimitInProgressGets503WithRetryAfterAndNothingProxied() {
    ExecutorService clients = Executors.newFixedThreadPool(5);
    List<Response> answers;
    try {
      List<CompletableFuture<Response>> requests =
          IntStream.range(0, 5)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () -> given().get("/api/v1/rounds/r" + i + "/indicators"), clients))
              .toList();
      answers = requests.stream().map(CompletableFuture::join).toList();
    } finally {
      clients.shutdown();
    }
    Map<Integer, Long> byStatus =
        answers.stream()
            .collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
    assertThat(byStatus).isEqualTo(Map.of(504, 3L, 503, 2L));
    Response busy =
        answers.stream().filter(answer -> answer.statusCode() == 503).findFirst().orElseThrow();
    assertThat(busy.header("Retry-After")).isEqualTo("1");
    assertThat(busy.contentType()).startsWith("application/problem+json");
    assertThat(busy.jsonPath().getString("type")).endsWith("/service-busy");
    assertThat(busy.time()).isLessThan(900);
    // the held requests have ended: their places are free again
    given().get("/api/v1/rounds/r1/indicators").then().statusCode(504);
  }

  @Test
  @Order(Integer.MAX_VALUE) // exhausts this client's bucket: the other tests must run first
  void burstOverTheRateLimitGets429WithRetryAfter() {
    Response limited =
        IntStream.range(0, 100)
            .mapToObj(i -> given().get("/api/v1/published/rounds"))
            .filter(response -> response.statusCode() == 429)
            .findFirst()
            .orElseThrow(() -> new AssertionError("no request was rate limited"));
    assertThat(limited.header("Retry-After")).isNotBlank();
    assertThat(limited.contentType()).startsWith("application/problem+json");
  }
}
