package se.enkat.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Access tokens from Keycloak: a user's by direct grant from the public client {@code enkat-web},
 * the dashboard's by client credentials, the master realm's bootstrap admin's for the admin API. A
 * kept token is renewed when it is older than four minutes (tokens live five).
 */
public final class Tokens {

  public static final String DEMO_PASSWORD = "demo";
  static final String DASHBOARD_CLIENT = "enkat-dashboard";
  static final String DASHBOARD_SECRET = "enkat-dashboard-secret";

  private final Api api;
  private final String keycloakUrl;
  private final Map<String, Kept> kept = new LinkedHashMap<>();

  private record Kept(String token, long renewAt) {}

  public Tokens(Api api, String keycloakUrl) {
    this.api = api;
    this.keycloakUrl = keycloakUrl;
  }

  /** A fresh token for a user of realm enkat (password grant). */
  public String user(String username, String password) {
    return fetch(
        "enkat",
        Map.of(
            "grant_type",
            "password",
            "client_id",
            "enkat-web",
            "username",
            username,
            "password",
            password));
  }

  /** The demo admin's token, kept and renewed. */
  public synchronized String admin() {
    return keep(
        "admin",
        () ->
            token(
                "enkat",
                Map.of(
                    "grant_type", "password",
                    "client_id", "enkat-web",
                    "username", "admin",
                    "password", DEMO_PASSWORD)));
  }

  /** The dashboard client's token (client credentials), kept and renewed. */
  public synchronized String dashboard() {
    return keep(
        "dashboard",
        () ->
            token(
                "enkat",
                Map.of(
                    "grant_type", "client_credentials",
                    "client_id", DASHBOARD_CLIENT,
                    "client_secret", DASHBOARD_SECRET)));
  }

  /** Keycloak's bootstrap admin (master realm, admin-cli), for the admin REST API. */
  synchronized String keycloakAdmin(String username, String password) {
    return keep(
        "master",
        () ->
            token(
                "master",
                Map.of(
                    "grant_type",
                    "password",
                    "client_id",
                    "admin-cli",
                    "username",
                    username,
                    "password",
                    password)));
  }

  private String keep(String name, java.util.function.Supplier<Kept> fetch) {
    Kept token = kept.get(name);
    if (token == null || System.currentTimeMillis() > token.renewAt()) {
      token = fetch.get();
      kept.put(name, token);
    }
    return token.token();
  }

  private String fetch(String realm, Map<String, String> form) {
    return token(realm, form).token();
  }

  private Kept token(String realm, Map<String, String> form) {
    long asked = System.currentTimeMillis();
    String url = keycloakUrl + "/realms/" + realm + "/protocol/openid-connect/token";
    Api.Reply reply = api.form(url, encode(form));
    reply.expect("POST " + url + " (" + form.get("grant_type") + ")", 200);
    long lifeMillis = reply.json().path("expires_in").asLong(60) * 1000;
    return new Kept(reply.json().path("access_token").asText(), asked + lifeMillis * 2 / 3);
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
