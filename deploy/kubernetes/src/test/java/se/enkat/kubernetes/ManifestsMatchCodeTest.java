package se.enkat.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.enkat.common.events.Topics;
import se.enkat.stack.ServiceSpec;

/** The topics, databases, services and settings the manifests name are the ones the code uses. */
class ManifestsMatchCodeTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.enkat.kubernetes.ManifestSets#all")
  void everyTopicAndDeadLetterTopicIsDeclaredWithThePartitionsTheCodeExpects(
      List<ObjectNode> objects) {
    assertThat(CodeLists.topicProblems(objects)).isEmpty();
  }

  @Test
  void aTopicRemovedFromTheManifestsIsFound() {
    List<ObjectNode> objects = new ArrayList<>(Manifests.base());
    objects.removeIf(
        o ->
            "KafkaTopic".equals(Manifests.kind(o))
                && Manifests.name(o).equals(Topics.deadLetter(Topics.SUBMISSIONS)));
    assertThat(CodeLists.topicProblems(objects))
        .containsExactly("no KafkaTopic for enkat.submissions.v1.dlq");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.enkat.kubernetes.ManifestSets#all")
  void everyServiceDatabaseIsAThreeInstanceClusterTheServiceConnectsTo(List<ObjectNode> objects) {
    assertThat(CodeLists.databaseProblems(objects)).isEmpty();
  }

  @Test
  void aDatabaseNamedOtherwiseThanTheServiceUsesIsFound() {
    List<ObjectNode> objects = Manifests.base();
    ObjectNode cluster =
        Manifests.ofKind(objects, "Cluster").stream()
            .filter(c -> Manifests.name(c).equals("indicator-db"))
            .findFirst()
            .orElseThrow();
    ((ObjectNode) cluster.path("spec").path("bootstrap").path("initdb"))
        .put("database", "indicators");
    assertThat(CodeLists.databaseProblems(objects))
        .containsExactly(
            "indicator-db: database/owner indicators/indicator, the service uses indicator/indicator");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.enkat.kubernetes.ManifestSets#all")
  void everySettingGivenToAServiceIsOneItReads(List<ObjectNode> objects) {
    assertThat(CodeLists.settingProblems(objects)).isEmpty();
  }

  @Test
  void aMisspeltSettingIsFound() {
    List<ObjectNode> objects = Manifests.base();
    ObjectNode config =
        Manifests.ofKind(objects, "ConfigMap").stream()
            .filter(c -> Manifests.name(c).equals("gateway-config"))
            .findFirst()
            .orElseThrow();
    ((ObjectNode) config.path("data")).put("ENKAT_COLECTION_URL", "http://collection:8080");
    assertThat(CodeLists.settingProblems(objects))
        .containsExactly(
            "gateway: ENKAT_COLECTION_URL is no setting of services/gateway's application.properties");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.enkat.kubernetes.ManifestSets#all")
  void everyServiceRunsReplicatedWithProbesResourcesABudgetAndAnAutoscaler(
      List<ObjectNode> objects) {
    for (String service : ServiceSpec.NAMES) {
      JsonNode deployment = CodeLists.deployment(objects, service);
      assertThat(deployment).as("Deployment " + service).isNotNull();
      JsonNode container =
          deployment.path("spec").path("template").path("spec").path("containers").path(0);
      assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
          .isEqualTo("/q/health/live");
      assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
          .isEqualTo("/q/health/ready");
      assertThat(container.path("resources").path("requests").path("memory").asText()).isNotEmpty();
      assertThat(container.path("resources").path("limits").path("memory").asText()).isNotEmpty();
      assertThat(named(objects, "Service", service)).as("Service " + service).isTrue();
      assertThat(named(objects, "PodDisruptionBudget", service)).as("PDB " + service).isTrue();
      assertThat(named(objects, "HorizontalPodAutoscaler", service)).as("HPA " + service).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.enkat.kubernetes.ManifestSets#all")
  void kafkaHasThreeBrokersReplicatingEveryWriteTwice(List<ObjectNode> objects) {
    JsonNode kafka = Manifests.ofKind(objects, "Kafka").get(0);
    JsonNode config = kafka.path("spec").path("kafka").path("config");
    assertThat(config.path("default.replication.factor").asInt()).isEqualTo(3);
    assertThat(config.path("min.insync.replicas").asInt()).isEqualTo(2);
    assertThat(config.path("message.max.bytes").asInt()).isEqualTo(Topics.MAX_MESSAGE_BYTES);
    int brokers =
        Manifests.ofKind(objects, "KafkaNodePool").stream()
            .filter(pool -> pool.path("spec").path("roles").toString().contains("broker"))
            .mapToInt(pool -> pool.path("spec").path("replicas").asInt())
            .sum();
    assertThat(brokers).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.enkat.kubernetes.ManifestSets#all")
  void onlyTheGatewayTakesConnectionsFromAnywhere(List<ObjectNode> objects) {
    List<String> open = new ArrayList<>();
    boolean denyAll = false;
    for (ObjectNode policy : Manifests.ofKind(objects, "NetworkPolicy")) {
      JsonNode spec = policy.path("spec");
      if (spec.path("podSelector").isEmpty() && spec.path("ingress").isMissingNode()) {
        denyAll = true;
      }
      for (JsonNode rule : spec.path("ingress")) {
        if (rule.path("from").isMissingNode() || rule.path("from").isEmpty()) {
          open.add(spec.path("podSelector").toString());
        }
      }
    }
    assertThat(denyAll).as("a default-deny policy").isTrue();
    assertThat(open).containsExactly("{\"matchLabels\":{\"app.kubernetes.io/name\":\"gateway\"}}");
  }

  private static boolean named(List<ObjectNode> objects, String kind, String name) {
    return Manifests.ofKind(objects, kind).stream().anyMatch(o -> Manifests.name(o).equals(name));
  }
}
