package se.enkat.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.enkat.stack.StackConfig;
import se.enkat.stack.StackPort;

/** Through the gateway, with real Keycloak tokens: who may list organisations. */
class GatewayAuthIT {

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static StackConfig stack;

  @BeforeAll
  static void startStack() {
    stack = E2eStack.get();
  }

  @Test
  void anAdminTokenFromKeycloakListsOrganisations() throws Exception {
    HttpResponse<String> response = getOrganisations(token("admin"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).startsWith("[");
  }

  @Test
  void withoutATokenTheGatewayAnswers401() throws Exception {
    HttpResponse<String> response = getOrganisations(null);

    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void aValidTokenWithoutAnEnkatRoleIsForbidden() throws Exception {
    HttpResponse<String> response = getOrganisations(token("nobody"));

    assertThat(response.statusCode()).isEqualTo(403);
  }

  private static HttpResponse<String> getOrganisations(String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(stack.serviceUrl(StackPort.GATEWAY) + "/api/v1/organisations"))
            .timeout(Duration.ofSeconds(30))
            .GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A real access token for a demo user, by direct grant from the public client. */
  private static String token(String user) throws IOException, InterruptedException {
    String form =
        Map.of(
                "grant_type", "password",
                "client_id", "enkat-web",
                "username", user,
                "password", "demo")
            .entrySet()
            .stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(stack.keycloakUrl() + "/realms/enkat/protocol/openid-connect/token"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("token for %s: %s", user, response.body()).isEqualTo(200);
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    assertThat(token.find()).isTrue();
    return token.group(1);
  }
}
