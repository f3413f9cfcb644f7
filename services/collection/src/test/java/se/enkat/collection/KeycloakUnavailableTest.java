package se.enkat.collection;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.enkat.servers.Ports;
import se.enkat.testing.LocalStackTestResource;
import se.enkat.testing.SmtpTestResource;

/**
 * Keycloak out of reach when a bearer token must be verified (the service started while it was
 * down, so it has neither the realm's metadata nor its keys): 503 problem+json with Retry-After,
 * which a client retries, never a 500. A request without a token is still a 401.
 */
@QuarkusTest
@TestProfile(KeycloakUnavailableTest.KeycloakOutOfReach.class)
class KeycloakUnavailableTest {

  @Test
  void aTokenThatCannotBeVerifiedNowIsAnswered503WithRetryAfter() {
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
            + ",\"realm_access\":{\"roles\":[\"admin\"]}}";
    return base64.encodeToString(header.getBytes(StandardCharsets.UTF_8))
        + '.'
        + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + '.'
        + base64.encodeToString("not-a-signature".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The realm on a port nobody listens on, instead of the test signing key: the module's only other
   * profile, so one extra Quarkus start.
   */
  public static class KeycloakOutOfReach implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.oidc.tenant-enabled",
          "true",
          "quarkus.oidc.auth-server-url",
          "http://127.0.0.1:" + Ports.freePort() + "/realms/enkat",
          // the service waits this long for Keycloak at start (and, while it never answered,
          // at the first request): short here, so the test does not wait 30 s twice
          "quarkus.oidc.connection-delay",
          "2S",
          // fixed at build time: what LocalStackTestResource sets, known before this profile's
          // build (its resources start only after it)
          "quarkus.datasource.devservices.enabled",
          "false",
          "quarkus.kafka.devservices.enabled",
          "false");
    }

    @Override
    public boolean disableGlobalTestResources() {
      return true;
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(
          new TestResourceEntry(LocalStackTestResource.class, Map.of("database", "collection")),
          new TestResourceEntry(SmtpTestResource.class));
    }
  }
}
