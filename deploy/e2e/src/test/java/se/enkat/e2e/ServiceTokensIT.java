package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.enkat.stack.StackPort;

/**
 * Real Keycloak tokens sent straight to the collection service, past the gateway: the service
 * verifies a token itself the first time and then answers it from memory (platform/security
 * VerifiedTokens) with the same role and organisation; an edited token or an expired one is still
 * refused by the service itself.
 */
class ServiceTokensIT {

  private static final int LIFESPAN_SECONDS = 8;

  private static E2eHttp http;
  private static String collection;

  @BeforeAll
  static void setUp() {
    http = new E2eHttp(E2eStack.get());
    collection = http.stack().serviceUrl(StackPort.COLLECTION);
  }

  @Test
  void aRememberedTokenKeepsItsRoleAndOrganisationInTheService() {
    String token = http.userToken("resp-0180");
    for (int i = 0; i < 3; i++) {
      assertThat(status(token, "/api/v1/organisations/0180")).as("call %d", i).isEqualTo(200);
    }
    // another organisation's submission path: 403 before the (unknown) round is looked at
    assertThat(status(token, "/api/v1/rounds/no-such-round/submissions/0114")).isEqualTo(403);
    assertThat(status(token, "/api/v1/rounds/no-such-round/submissions/0180")).isEqualTo(404);
    // an administrator's path
    assertThat(status(token, "/api/v1/rounds/no-such-round/progress")).isEqualTo(403);
  }

  @Test
  void aTokenEditedAfterTheGoodOneWasRememberedIsRefusedByTheService() {
    String token = http.userToken("resp-0180");
    assertThat(status(token, "/api/v1/organisations/0180")).isEqualTo(200);
    assertThat(status(token, "/api/v1/organisations/0180")).isEqualTo(200);

    String[] parts = token.split("\\.");
    String otherOrganisation = E2eHttp.withClaimEdited(token, "org", "0180", "0114");
    String path = "/api/v1/rounds/no-such-round/submissions/0114";
    assertThat(status(otherOrganisation, path)).as("org edited").isEqualTo(401);
    assertThat(status(parts[0] + "." + changeOneCharacter(parts[1]) + "." + parts[2], path))
        .as("one character of the payload changed")
        .isEqualTo(401);
    assertThat(status(parts[0] + "." + parts[1] + "." + changeOneCharacter(parts[2]), path))
        .as("one character of the signature changed")
        .isEqualTo(401);
    assertThat(status(token, "/api/v1/organisations/0180")).isEqualTo(200);
  }

  @Test
  void anExpiredTokenIsRefusedByTheServiceThatRememberedIt() {
    String client = "e2e-svc-short-" + Long.toString(System.currentTimeMillis(), 36);
    http.createPublicClient(client, LIFESPAN_SECONDS);
    String token = http.userToken(client, "resp-0180");
    long exp = E2eHttp.number(E2eHttp.decodeBase64Url(token.split("\\.")[1]), "exp");
    assertThat(status(token, "/api/v1/organisations/0180")).isEqualTo(200);
    assertThat(status(token, "/api/v1/organisations/0180")).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(LIFESPAN_SECONDS + 5))
        .until(() -> Instant.now().getEpochSecond() > exp);

    assertThat(status(token, "/api/v1/organisations/0180")).isEqualTo(401);
  }

  private static int status(String token, String path) {
    HttpResponse<String> response =
        E2eHttp.send(
            HttpRequest.newBuilder(URI.create(collection + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "e2e-svc-" + UUID.randomUUID())
                .GET());
    if (response.statusCode() == 401) {
      assertThat(response.headers().firstValue("Content-Type").orElse(""))
          .startsWith("application/problem+json");
    }
    return response.statusCode();
  }

  /** One Base64url character in the middle replaced (the last one may carry unused bits only). */
  private static String changeOneCharacter(String segment) {
    int middle = segment.length() / 2;
    char replacement = segment.charAt(middle) == 'A' ? 'B' : 'A';
    return segment.substring(0, middle) + replacement + segment.substring(middle + 1);
  }
}
