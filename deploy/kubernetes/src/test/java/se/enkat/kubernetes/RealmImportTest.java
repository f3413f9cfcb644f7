package se.enkat.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The realm import in the manifests is the realm export with production's differences only. */
class RealmImportTest {

  @Test
  void theRealmImportIsTheExportWithProductionsDifferences() throws Exception {
    if (Boolean.getBoolean("enkat.kubernetes.write-realm")) {
      ProductionRealm.main(new String[0]);
    }
    JsonNode kept = Manifests.readOne(ProductionRealm.IMPORT);
    assertThat(kept)
        .as(
            "base/keycloak/realm-import.yaml differs from deploy/keycloak/enkat-realm.json:"
                + " rewrite it with -Denkat.kubernetes.write-realm=true")
        .isEqualTo(ProductionRealm.realmImport());
    assertThat(Files.readString(ProductionRealm.IMPORT)).isEqualTo(ProductionRealm.text());
  }

  @Test
  void theProductionRealmRequiresTlsAndHoldsNoDemoSecretOrPerson() throws Exception {
    JsonNode realm = Manifests.readOne(ProductionRealm.IMPORT).path("spec").path("realm");
    assertThat(realm.path("sslRequired").asText()).isIn("external", "all");
    String text = realm.toString();
    assertThat(text).doesNotContain("enkat-dashboard-secret").doesNotContain("localhost");
    for (JsonNode user : realm.path("users")) {
      assertThat(user.has("credentials")).as(user.path("username").asText()).isFalse();
      assertThat(user.has("serviceAccountClientId")).isTrue();
    }
    for (JsonNode client : realm.path("clients")) {
      if (client.has("secret")) {
        assertThat(client.path("secret").asText()).startsWith("${").endsWith("_CLIENT_SECRET}");
      }
    }
  }
}
