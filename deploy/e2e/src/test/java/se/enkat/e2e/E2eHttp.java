package se.enkat.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.enkat.stack.StackConfig;
import se.enkat.stack.StackPort;

/**
 * Calls through the e2e stack's gateway and to its Keycloak: real tokens for the realm's demo users
 * and the dashboard client, the master realm's admin, and a few JSON/JWT helpers. No JSON library:
 * the tests only need single fields.
 */
final class E2eHttp {

  static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static final Pattern ACCESS_TOKEN =
      Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  /** The public client the demo users log in with (password grant). */
  static final String WEB_CLIENT = "enkat-web";

  private final StackConfig stack;

  E2eHttp(StackConfig stack) {
    this.stack = stack;
  }

  StackConfig stack() {
    return stack;
  }

  String gateway() {
    return stack.serviceUrl(StackPort.GATEWAY);
  }

  /** A real access token for a demo user (password {@code demo}) from {@code client}. */
  String userToken(String client, String user) {
    return token(
        "enkat",
        Map.of(
            "grant_type", "password", "client_id", client, "username", user, "password", "demo"));
  }

  String userToken(String user) {
    return userToken(WEB_CLIENT, user);
  }

  /** The dashboard's token: client credentials of {@code enkat-dashboard}. */
  String dashboardToken() {
    return token(
        "enkat",
        Map.of(
            "grant_type", "client_credentials",
            "client_id", "enkat-dashboard",
            "client_secret", "enkat-dashboard-secret"));
  }

  /** A real token of another issuer: the master realm's bootstrap admin through admin-cli. */
  String masterAdminToken() {
    return token(
        "master",
        Map.of(
            "grant_type", "password",
            "client_id", "admin-cli",
            "username", "admin",
            "password", "admin"));
  }

  /**
   * Creates a public client in realm {@code enkat} with the same audience and {@code org} mappers
   * as {@code enkat-web}, optionally with its own access-token lifespan in seconds: tokens from it
   * pass the gateway like any other, but land in their own rate-limit bucket (key = client and
   * subject).
   */
  void createPublicClient(String clientId, Integer accessTokenLifespanSeconds) {
    String attributes =
        accessTokenLifespanSeconds == null
            ? "{}"
            : "{\"access.token.lifespan\":\"" + accessTokenLifespanSeconds + "\"}";
    String body =
        """
        {"clientId":"%s","enabled":true,"publicClient":true,"directAccessGrantsEnabled":true,
         "standardFlowEnabled":false,"attributes":%s,
         "protocolMappers":[
          {"name":"enkat-api audience","protocol":"openid-connect",
           "protocolMapper":"oidc-audience-mapper",
           "config":{"included.custom.audience":"enkat-api","access.token.claim":"true",
                     "id.token.claim":"false"}},
          {"name":"org","protocol":"openid-connect","protocolMapper":"oidc-usermodel-attribute-mapper",
           "config":{"user.attribute":"org","claim.name":"org","jsonType.label":"String",
                     "access.token.claim":"true","id.token.claim":"false"}}]}
        """
            .formatted(clientId, attributes);
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(stack.keycloakUrl() + "/admin/realms/enkat/clients"))
                .header("Authorization", "Bearer " + masterAdminToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          "could not create client "
              + clientId
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
  }

  private String token(String realm, Map<String, String> form) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(
                    URI.create(
                        stack.keycloakUrl()
                            + "/realms/"
                            + realm
                            + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    Matcher token = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !token.find()) {
      throw new IllegalStateException(
          "no token from realm "
              + realm
              + " for "
              + form.get("client_id")
              + "/"
              + form.getOrDefault("username", "client credentials")
              + ": "
              + response.statusCode()
              + " "
              + response.body());
    }
    return token.group(1);
  }

  /** A call through the gateway, with a fresh request id unless the headers name one. */
  HttpResponse<String> call(
      String method, String path, String token, String jsonBody, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(gateway() + path))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                jsonBody == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody));
    if (jsonBody != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.putIfAbsent("X-Request-Id", "e2e-" + UUID.randomUUID());
    all.forEach(request::header);
    return send(request);
  }

  HttpResponse<String> call(String method, String path, String token, String jsonBody) {
    return call(method, path, token, jsonBody, Map.of());
  }

  /**
   * A respondent's submission of {@code body} (any bytes) under {@code key}; unlike {@link #call} a
   * dropped connection is left to the caller as an {@link IOException}.
   */
  HttpResponse<String> submit(
      String round, String organisation, String token, String key, byte[] body) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(gateway() + "/api/v1/rounds/" + round + "/submissions/" + organisation))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code text} appears in a service's log under the stack's logs directory. */
  boolean logContains(String service, String text) {
    Path log = stack.logs().resolve(service + ".log");
    try {
      return Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits up to {@code timeout} for {@code text} to appear in a service's log. */
  boolean awaitInLog(String service, String text, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (logContains(service, text)) {
        return true;
      }
      sleep(Duration.ofMillis(100));
    }
    return logContains(service, text);
  }

  /** A string field of a flat JSON text, or null. */
  static String field(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  /** A numeric field of a flat JSON text, or null. */
  static Long number(String json, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\\d+)").matcher(json);
    return m.find() ? Long.valueOf(m.group(1)) : null;
  }

  static String base64Url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String decodeBase64Url(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  /**
   * The token with {@code "claim":"from"} in its payload changed to {@code "claim":"to"}, header
   * and signature kept: what a client that edits its own token sends. Fails when the claim is not
   * there.
   */
  static String withClaimEdited(String token, String claim, String from, String to) {
    String[] parts = token.split("\\.");
    String payload = decodeBase64Url(parts[1]);
    String before = "\"" + claim + "\":\"" + from + "\"";
    if (!payload.contains(before)) {
      throw new AssertionError("the token's payload has no " + before + ": " + payload);
    }
    String after = "\"" + claim + "\":\"" + to + "\"";
    return parts[0]
        + "."
        + base64Url(payload.replace(before, after).getBytes(StandardCharsets.UTF_8))
        + "."
        + parts[2];
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String formBody(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
