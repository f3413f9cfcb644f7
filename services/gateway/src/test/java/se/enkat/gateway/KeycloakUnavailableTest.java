package se.enkat.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Keycloak out of reach when the gateway must check a bearer token (it started while Keycloak was
 * down): 503 problem+json with Retry-After and nothing proxied, never a 500; no token is still 401.
 */
@QuarkusTest
@TestProfile(KeycloakUnavailableTest.KeycloakOutOfReach.class)
class KeycloakUnavailableTest {

  @Test
  void aTokenThatCannotBeCheckedNowIsAnswered503WithRetryAfter() {
    given()
        .header("Authorization", "Bearer " + jwt())
        .get("/api/v1/rounds")
        .then()
        .statusCode(503)
        .contentType("application/problem+json")
        .header("Retry-After", not(emptyOrNullString()))
        .body("status", equalTo(503))
        .body("type", endsWith("/unavailable"));
  }

  @Test
  void noTokenIsStillUnauthenticated() {
    given()
        .get("/api/v1/rounds")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("type", endsWith("/unauthenticated"));
  }

  /** A token of the right shape; its signature cannot be checked without the realm's keys. */
  private static String jwt() {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"realm-key\"}";
    String claims =
        "{\"iss\":\"http://keycloak.enkat.test/realms/enkat\",\"sub\":\"stockholm\","
            + "\"aud\":\"enkat-api\",\"exp\":"
            + (System.currentTimeMillis() / 1000 + 300)
            + "}";
    return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + '.'
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + '.'
        + base64.encodeToString("not-a-signature".getBytes(StandardCharsets.UTF_8));
  }

  /** Tokens checked as in production, against a realm on a port nobody listens on. */
  public static class KeycloakOutOfReach implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.oidc.tenant-enabled",
          "true",
          "quarkus.oidc.auth-server-url",
          "http://127.0.0.1:" + closedPort() + "/realms/enkat",
          // how long the gateway waits for Keycloak at start (and at the first request while it
          // never answered): short here
          "quarkus.oidc.connection-delay",
          "2S",
          "quarkus.http.auth.permission.api.policy",
          "authenticated",
          "enkat.anonymous-read",
          "false");
    }

    private static int closedPort() {
      try (ServerSocket socket = new ServerSocket(0)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
