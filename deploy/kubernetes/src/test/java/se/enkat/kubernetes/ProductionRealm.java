package se.enkat.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The production realm import (base/keycloak/realm-import.yaml) made from the one realm export,
 * deploy/keycloak/enkat-realm.json, by the only differences production needs: TLS required for
 * external clients, no demo people, client secrets from a Secret, and the web app's redirects on
 * the public host instead of localhost. Run {@link #main} to write the file after the export
 * changed (RealmImportTest says when).
 */
final class ProductionRealm {

  static final Path EXPORT = Manifests.ROOT.resolve("deploy/keycloak/enkat-realm.json");
  static final Path IMPORT = Manifests.BASE.resolve("keycloak/realm-import.yaml");
  static final String PUBLIC_ORIGIN = "https://enkat.example.se";

  private ProductionRealm() {}

  /** The KeycloakRealmImport object for the export. */
  static ObjectNode realmImport() throws IOException {
    ObjectNode realm = (ObjectNode) Manifests.json().readTree(Files.readString(EXPORT));
    realm.put("sslRequired", "external");
    ArrayNode users = realm.putArray("users");
    for (JsonNode user :
        (ArrayNode) Manifests.json().readTree(Files.readString(EXPORT)).path("users")) {
      // service accounts belong to clients; people are created by the agency, never imported
      if (user.has("serviceAccountClientId")) {
        users.add(user);
      }
    }
    ObjectNode spec = JsonNodeFactory.instance.objectNode();
    ObjectNode placeholders = JsonNodeFactory.instance.objectNode();
    for (JsonNode node : realm.path("clients")) {
      ObjectNode client = (ObjectNode) node;
      if (client.has("secret")) {
        String variable = secretVariable(client.path("clientId").asText());
        client.put("secret", "${" + variable + "}");
        ObjectNode secret = placeholders.putObject(variable).putObject("secret");
        secret.put("name", client.path("clientId").asText() + "-client");
        secret.put("key", "client-secret");
      }
      if (client.path("publicClient").asBoolean(false)) {
        client.put("directAccessGrantsEnabled", false);
        client.putArray("redirectUris").add(PUBLIC_ORIGIN + "/*");
        client.putArray("webOrigins").add(PUBLIC_ORIGIN);
        ((ObjectNode) client.path("attributes"))
            .put("post.logout.redirect.uris", PUBLIC_ORIGIN + "/*");
      }
    }
    spec.put("keycloakCRName", "enkat-keycloak");
    spec.set("placeholders", placeholders);
    spec.set("realm", realm);
    ObjectNode object = JsonNodeFactory.instance.objectNode();
    object.put("apiVersion", "k8s.keycloak.org/v2beta1");
    object.put("kind", "KeycloakRealmImport");
    object.putObject("metadata").put("name", "enkat-realm");
    object.set("spec", spec);
    return object;
  }

  /** The placeholder for a client's secret: enkat-dashboard → ENKAT_DASHBOARD_CLIENT_SECRET. */
  static String secretVariable(String clientId) {
    return clientId.toUpperCase(Locale.ROOT).replace('-', '_') + "_CLIENT_SECRET";
  }

  static String text() throws IOException {
    return "# Generated from deploy/keycloak/enkat-realm.json by ProductionRealm (src/test): do not\n"
        + "# edit; change the export and run RealmImportTest with -Denkat.kubernetes.write-realm=true.\n"
        + Manifests.YAML.writeValueAsString(realmImport()).replaceFirst("^---\n", "");
  }

  public static void main(String[] args) throws IOException {
    Files.writeString(IMPORT, text());
  }
}
