package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Bad tokens through the real gateway: each gets 401 problem+json and is not proxied. "Not proxied"
 * is read from the collection service's own log: the request ids of the refused calls never appear
 * there, while the id of a valid call sent afterwards does.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenCasesIT {

  private static final String PATH = "/api/v1/organisations/0180";
  private static final int LIFESPAN_SECONDS = 8;

  private static E2eHttp http;
  private static final List<String> refusedIds = new ArrayList<>();

  @BeforeAll
  static void setUp() {
    http = new E2eHttp(E2eStack.get());
  }

  @Test
  void anExpiredTokenIsRefusedAtTheEdge() {
    String client = "e2e-short-" + Long.toString(System.currentTimeMillis(), 36);
    // long enough to be used once on a loaded machine, short enough to wait out
    http.createPublicClient(client, LIFESPAN_SECONDS);
    String token = http.userToken(client, "resp-0180");
    long exp = E2eHttp.number(payload(token), "exp");
    long iat = E2eHttp.number(payload(token), "iat");
    assertThat(exp - iat)
        .as("lifespan of the short-lived client's tokens")
        .isEqualTo(LIFESPAN_SECONDS);
    HttpResponse<String> fresh = call(token, "e2e-fresh-" + UUID.randomUUID());
    assertThat(fresh.statusCode())
        .as("the same token before it expires (%d s left): %s", exp - now(), fresh.body())
        .isEqualTo(200);

    E2eHttp.sleep(Duration.ofMillis(Math.max(0, (exp + 1) * 1000 - System.currentTimeMillis())));

    assertThat(now()).isGreaterThan(exp);
    assertRefused("expired", token);
  }

  @Test
  void aTokenSignedByAKeyTheRealmNeverPublishedIsRefused() throws Exception {
    String[] parts = http.userToken("resp-0180").split("\\.");
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    PrivateKey foreign = generator.generateKeyPair().getPrivate();
    String signed = parts[0] + "." + parts[1];
    Signature rs256 = Signature.getInstance("SHA256withRSA");
    rs256.initSign(foreign);
    rs256.update(signed.getBytes(StandardCharsets.US_ASCII));
    String forged = signed + "." + E2eHttp.base64Url(rs256.sign());
    assertThat(E2eHttp.decodeBase64Url(parts[0])).contains("\"kid\"");

    assertRefused("foreign key, same kid", forged);
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    String master = http.masterAdminToken();
    assertThat(E2eHttp.field(payload(master), "iss")).endsWith("/realms/master");

    assertRefused("master realm", master);
  }

  @Test
  void anUnsignedTokenWithAlgNoneIsRefused() {
    String[] parts = http.userToken("resp-0180").split("\\.");
    String header =
        E2eHttp.base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

    assertRefused("alg none", header + "." + parts[1] + ".");
  }

  @Test
  void aValidTokenWhosePayloadWasEditedIsRefused() {
    String edited = E2eHttp.withClaimEdited(http.userToken("resp-0180"), "org", "0180", "0114");

    assertRefused("org edited", edited);
  }

  @Test
  void aMissingOrMalformedTokenIsRefused() {
    assertRefused("no token", null);
    assertRefused("not a JWT", "not-a-jwt");
  }

  /**
   * Last in this class: every id refused above, and one more, is absent from the collection log
   * once a valid call sent afterwards has reached it.
   */
  @Test
  @Order(Integer.MAX_VALUE)
  void noRefusedRequestReachedTheService() {
    assertRefused("garbage signature", http.userToken("resp-0180") + "x");
    String valid = "e2e-valid-" + UUID.randomUUID();
    assertThat(call(http.userToken("resp-0180"), valid).statusCode()).isEqualTo(200);
    assertThat(http.awaitInLog("collection", valid, Duration.ofSeconds(10)))
        .as("the valid call's request id in collection.log")
        .isTrue();

    synchronized (refusedIds) {
      assertThat(refusedIds).isNotEmpty();
      for (String id : refusedIds) {
        assertThat(http.logContains("collection", id))
            .as("refused request %s in collection.log", id)
            .isFalse();
        assertThat(http.logContains("gateway", id))
            .as("refused request %s in gateway.log (it was answered there)", id)
            .isTrue();
      }
    }
  }

  private static void assertRefused(String why, String token) {
    String id = "e2e-refused-" + UUID.randomUUID();
    HttpResponse<String> response = call(token, id);
    assertThat(response.statusCode()).as("%s: %s", why, response.body()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(why)
        .startsWith("application/problem+json");
    assertThat(response.body()).contains("\"status\":401");
    assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
    assertThat(response.headers().firstValue("X-Request-Id")).contains(id);
    synchronized (refusedIds) {
      refusedIds.add(id);
    }
    // the gateway wrote its access log line for the refusal
    assertThat(http.awaitInLog("gateway", id, Duration.ofSeconds(10))).as(why).isTrue();
    assertThat(http.logContains("collection", id)).as("%s reached collection", why).isFalse();
  }

  private static HttpResponse<String> call(String token, String requestId) {
    return http.call("GET", PATH, token, null, Map.of("X-Request-Id", requestId));
  }

  private static long now() {
    return Instant.now().getEpochSecond();
  }

  private static String payload(String jwt) {
    return E2eHttp.decodeBase64Url(jwt.split("\\.")[1]);
  }
}
