package se.enkat.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import se.enkat.questionnaire.eval.Organisation;

/**
 * Accounts in realm {@code enkat} through Keycloak's admin REST API, signed in as the master
 * realm's bootstrap admin: a respondent user per organisation ({@code resp-<code>}, password {@code
 * demo}, attribute {@code org}, realm role {@code respondent}), and the dashboard client.
 */
public final class KeycloakAccounts {

  private final Api api;
  private final Tokens tokens;
  private final String adminUrl;
  private final String masterUser;
  private final String masterPassword;
  private volatile JsonNode respondentRole;

  public KeycloakAccounts(
      Api api, Tokens tokens, String keycloakUrl, String masterUser, String masterPassword) {
    this.api = api;
    this.tokens = tokens;
    this.adminUrl = keycloakUrl + "/admin/realms/enkat";
    this.masterUser = masterUser;
    this.masterPassword = masterPassword;
  }

  public static String username(Organisation organisation) {
    return "resp-" + organisation.code();
  }

  /** Creates the organisation's respondent user unless it exists; true when created. */
  public boolean ensureRespondent(Organisation organisation, String name) {
    String username = username(organisation);
    String search =
        adminUrl
            + "/users?exact=true&briefRepresentation=true&username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8);
    JsonNode found = api.get(search, token()).expect("GET " + search, 200).json();
    if (found.size() > 0) {
      ensureRole(found.get(0).path("id").asText(), username);
      return false;
    }
    Map<String, Object> user =
        Map.of(
            "username",
            username,
            "enabled",
            true,
            "email",
            username + "@example.invalid",
            "emailVerified",
            true,
            "firstName",
            "Demo",
            "lastName",
            name == null ? organisation.code() : name,
            "attributes",
            Map.of("org", List.of(organisation.code())),
            "credentials",
            List.of(Map.of("type", "password", "value", Tokens.DEMO_PASSWORD, "temporary", false)));
    Api.Reply created = api.post(adminUrl + "/users", token(), user);
    if (created.status() == 409) {
      return false; // created meanwhile, e.g. by an earlier, interrupted run
    }
    created.expect("POST " + adminUrl + "/users (" + username + ")", 201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    grantRole(id, username);
    return true;
  }

  /**
   * An existing user keeps its settings; only a missing respondent role (a run cut short) is added.
   */
  private void ensureRole(String id, String username) {
    String url = adminUrl + "/users/" + id + "/role-mappings/realm";
    JsonNode roles = api.get(url, token()).expect("GET role-mappings of " + username, 200).json();
    for (JsonNode role : roles) {
      if ("respondent".equals(role.path("name").asText())) {
        return;
      }
    }
    grantRole(id, username);
  }

  private void grantRole(String id, String username) {
    api.post(adminUrl + "/users/" + id + "/role-mappings/realm", token(), List.of(role()))
        .expect("POST role-mappings/realm for " + username, 204);
  }

  /** Creates the dashboard client as the realm export defines it, if it is missing. */
  boolean ensureDashboardClient() {
    String url = adminUrl + "/clients?clientId=" + Tokens.DASHBOARD_CLIENT;
    JsonNode found = api.get(url, token()).expect("GET " + url, 200).json();
    if (found.size() > 0) {
      return false;
    }
    Map<String, Object> client =
        Map.of(
            "clientId",
            Tokens.DASHBOARD_CLIENT,
            "name",
            "enkat dashboards",
            "enabled",
            true,
            "publicClient",
            false,
            "clientAuthenticatorType",
            "client-secret",
            "secret",
            Tokens.DASHBOARD_SECRET,
            "standardFlowEnabled",
            false,
            "directAccessGrantsEnabled",
            false,
            "serviceAccountsEnabled",
            true,
            "protocolMappers",
            List.of(
                Map.of(
                    "name", "enkat-api audience",
                    "protocol", "openid-connect",
                    "protocolMapper", "oidc-audience-mapper",
                    "config",
                        Map.of(
                            "included.custom.audience", "enkat-api",
                            "access.token.claim", "true"))));
    Api.Reply created = api.post(adminUrl + "/clients", token(), client);
    created.expect("POST " + adminUrl + "/clients (" + Tokens.DASHBOARD_CLIENT + ")", 201);
    String location = created.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.lastIndexOf('/') + 1);
    JsonNode account =
        api.get(adminUrl + "/clients/" + id + "/service-account-user", token())
            .expect("GET the dashboard's service account", 200)
            .json();
    JsonNode dashboardRole =
        api.get(adminUrl + "/roles/dashboard", token()).expect("GET role dashboard", 200).json();
    api.post(
            adminUrl + "/users/" + account.path("id").asText() + "/role-mappings/realm",
            token(),
            List.of(dashboardRole))
        .expect("POST role dashboard to the dashboard's service account", 204);
    return true;
  }

  private JsonNode role() {
    if (respondentRole == null) {
      respondentRole =
          api.get(adminUrl + "/roles/respondent", token())
              .expect("GET role respondent", 200)
              .json();
    }
    return respondentRole;
  }

  private String token() {
    return tokens.keycloakAdmin(masterUser, masterPassword);
  }
}
