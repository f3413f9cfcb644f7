package se.enkat.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoSettingsTest {

  @Test
  void theDemoClientSecretIsRefusedNamingTheVariable() {
    assertThat(
            DemoSettings.violations(
                Map.of("quarkus.oidc.credentials.secret", "enkat-dashboard-secret")))
        .containsExactly(
            "QUARKUS_OIDC_CREDENTIALS_SECRET is the demo value \"enkat-dashboard-secret\": set"
                + " QUARKUS_OIDC_CREDENTIALS_SECRET to this installation's own secret");
  }

  @Test
  void aDatabasePasswordEqualToItsUserIsRefused() {
    assertThat(
            DemoSettings.violations(
                Map.of(
                    "quarkus.datasource.username", "collection",
                    "quarkus.datasource.password", "collection")))
        .containsExactly(
            "QUARKUS_DATASOURCE_PASSWORD equals the user name QUARKUS_DATASOURCE_USERNAME: set"
                + " QUARKUS_DATASOURCE_PASSWORD to the database user's own password");
  }

  @Test
  void keycloaksAdminAdminIsRefusedFromTheEnvironmentToo() {
    assertThat(
            DemoSettings.violations(
                Map.of(
                    "KC_BOOTSTRAP_ADMIN_USERNAME",
                    "admin",
                    "KC_BOOTSTRAP_ADMIN_PASSWORD",
                    "admin")))
        .singleElement()
        .asString()
        .startsWith("KC_BOOTSTRAP_ADMIN_PASSWORD is the demo value \"admin\"");
  }

  @Test
  void keycloakOverPlainHttpIsRefusedAndHttpsAccepted() {
    assertThat(
            DemoSettings.violations(
                Map.of("quarkus.oidc.auth-server-url", "http://localhost:8180/realms/enkat")))
        .singleElement()
        .asString()
        .contains("set ENKAT_KEYCLOAK_URL");
    assertThat(
            DemoSettings.violations(
                Map.of(
                    "quarkus.oidc.auth-server-url", "https://auth.example.se/realms/enkat",
                    "quarkus.datasource.username", "collection",
                    "quarkus.datasource.password", "a-generated-one")))
        .isEmpty();
  }

  @Test
  void onlySecretsPasswordsUsersAndKeycloakAreRead() {
    assertThat(DemoSettings.relevant("quarkus.datasource.password")).isTrue();
    assertThat(DemoSettings.relevant("QUARKUS_OIDC_CREDENTIALS_SECRET")).isTrue();
    assertThat(DemoSettings.relevant("quarkus.oidc.auth-server-url")).isTrue();
    assertThat(DemoSettings.relevant("quarkus.http.port")).isFalse();
  }
}
