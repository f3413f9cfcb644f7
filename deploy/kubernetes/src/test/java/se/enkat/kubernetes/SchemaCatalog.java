package se.enkat.kubernetes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON Schemas kept under src/test/schemas (their README says where each came from), by
 * apiVersion and kind, and the check of one object against its schema.
 */
final class SchemaCatalog {

  static final Path SCHEMAS = Manifests.MODULE.resolve("src/test/schemas");

  /** apiVersion + " " + kind → the schema file under src/test/schemas. */
  private static final Map<String, String> FILES =
      Map.ofEntries(
          Map.entry("v1 ConfigMap", "kubernetes-v1.32/configmap-v1.json"),
          Map.entry("v1 Secret", "kubernetes-v1.32/secret-v1.json"),
          Map.entry("v1 Service", "kubernetes-v1.32/service-v1.json"),
          Map.entry("v1 ServiceAccount", "kubernetes-v1.32/serviceaccount-v1.json"),
          Map.entry("v1 Namespace", "kubernetes-v1.32/namespace-v1.json"),
          Map.entry("apps/v1 Deployment", "kubernetes-v1.32/deployment-apps-v1.json"),
          Map.entry(
              "networking.k8s.io/v1 NetworkPolicy",
              "kubernetes-v1.32/networkpolicy-networking-v1.json"),
          Map.entry("networking.k8s.io/v1 Ingress", "kubernetes-v1.32/ingress-networking-v1.json"),
          Map.entry(
              "policy/v1 PodDisruptionBudget",
              "kubernetes-v1.32/poddisruptionbudget-policy-v1.json"),
          Map.entry(
              "autoscaling/v2 HorizontalPodAutoscaler",
              "kubernetes-v1.32/horizontalpodautoscaler-autoscaling-v2.json"),
          Map.entry("kafka.strimzi.io/v1 Kafka", "crds/kafka.strimzi.io/kafka_v1.json"),
          Map.entry(
              "kafka.strimzi.io/v1 KafkaNodePool", "crds/kafka.strimzi.io/kafkanodepool_v1.json"),
          Map.entry("kafka.strimzi.io/v1 KafkaTopic", "crds/kafka.strimzi.io/kafkatopic_v1.json"),
          Map.entry("postgresql.cnpg.io/v1 Cluster", "crds/postgresql.cnpg.io/cluster_v1.json"),
          Map.entry(
              "postgresql.cnpg.io/v1 ScheduledBackup",
              "crds/postgresql.cnpg.io/scheduledbackup_v1.json"),
          Map.entry(
              "barmancloud.cnpg.io/v1 ObjectStore", "crds/barmancloud.cnpg.io/objectstore_v1.json"),
          Map.entry(
              "k8s.keycloak.org/v2beta1 Keycloak", "crds/k8s.keycloak.org/keycloak_v2beta1.json"),
          Map.entry(
              "k8s.keycloak.org/v2beta1 KeycloakRealmImport",
              "crds/k8s.keycloak.org/keycloakrealmimport_v2beta1.json"));

  private final Map<String, JsonSchema> schemas = new HashMap<>();
  private final JsonSchemaFactory factory =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder().failFast(false).build();

  /** What is wrong with the object: its schema's messages, or that no schema is kept for it. */
  List<String> problems(JsonNode object) {
    String key = object.path("apiVersion").asText() + " " + Manifests.kind(object);
    String file = FILES.get(key);
    if (file == null) {
      return List.of(
          Manifests.describe(object) + ": no schema kept for " + key + " (SchemaCatalog.FILES)");
    }
    Set<ValidationMessage> messages =
        schemas.computeIfAbsent(key, k -> load(file)).validate(object);
    List<String> problems = new ArrayList<>();
    for (ValidationMessage message : messages) {
      problems.add(Manifests.describe(object) + ": " + message.getMessage());
    }
    return problems;
  }

  private JsonSchema load(String file) {
    try {
      JsonNode schema = Manifests.json().readTree(Files.readString(SCHEMAS.resolve(file)));
      if (file.startsWith("crds/")) {
        // Some CRDs (Keycloak's) leave the fields every object has out of their schema.
        ObjectNode properties = (ObjectNode) schema.path("properties");
        properties.putIfAbsent(
            "apiVersion", Manifests.json().createObjectNode().put("type", "string"));
        properties.putIfAbsent("kind", Manifests.json().createObjectNode().put("type", "string"));
        properties.putIfAbsent(
            "metadata", Manifests.json().createObjectNode().put("type", "object"));
        strict(schema);
      }
      return factory.getSchema(schema, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The API server prunes fields a CRD's structural schema does not declare, so a misspelt field
   * would vanish silently; reject undeclared fields instead, as the Kubernetes schemas do (strict),
   * except where the CRD keeps unknown fields on purpose.
   */
  static void strict(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("properties")
          && !object.has("additionalProperties")
          && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        object.put("additionalProperties", false);
      }
      object
          .fields()
          .forEachRemaining(
              field -> {
                if ("properties".equals(field.getKey())) {
                  field.getValue().forEach(SchemaCatalog::strict);
                } else {
                  strict(field.getValue());
                }
              });
    } else if (node != null && node.isArray()) {
      node.forEach(SchemaCatalog::strict);
    }
  }
}
