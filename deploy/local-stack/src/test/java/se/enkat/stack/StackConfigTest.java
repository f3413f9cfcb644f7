package se.enkat.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

  private static final Path ROOT = Path.of("/repo");

  @Test
  void defaultsAreTheDocumentedPortsAndStateUnderDotEnkat() {
    StackConfig config = StackConfig.fromEnvironment(Map.of(), ROOT);

    assertThat(config.home()).isEqualTo(Path.of("/repo/.enkat"));
    assertThat(config.port(StackPort.POSTGRES)).isEqualTo(15432);
    assertThat(config.port(StackPort.KEYCLOAK)).isEqualTo(8180);
    assertThat(config.kafkaBootstrap()).isEqualTo("localhost:9092");
    assertThat(config.keycloakUrl()).isEqualTo("http://localhost:8180");
    assertThat(config.services()).extracting(ServiceSpec::name).endsWith("gateway").hasSize(5);
    assertThat(config.externalPostgres()).isEmpty();
  }

  @Test
  void environmentVariablesMovePortsHomeAndPostgres() {
    StackConfig config =
        StackConfig.fromEnvironment(
            Map.of(
                "ENKAT_KEYCLOAK_PORT", "9180",
                "ENKAT_HOME", "/tmp/elsewhere",
                "ENKAT_PG_EXTERNAL", "true",
                "ENKAT_PG_HOST", "db.internal",
                "ENKAT_PG_SUPERUSER", "admin",
                "ENKAT_SERVICES", "gateway,collection"),
            ROOT);

    assertThat(config.port(StackPort.KEYCLOAK)).isEqualTo(9180);
    assertThat(config.home()).isEqualTo(Path.of("/tmp/elsewhere"));
    assertThat(config.pgHost()).isEqualTo("db.internal");
    assertThat(config.externalPostgres()).contains(new ExternalPostgres("admin", ""));
    assertThat(config.services())
        .extracting(ServiceSpec::name)
        .containsExactly("collection", "gateway");
    assertThat(Stack.neededPorts(config)).doesNotContain(StackPort.POSTGRES, StackPort.INDICATOR);
  }

  @Test
  void aMalformedPortNamesTheVariable() {
    assertThatThrownBy(
            () -> StackConfig.fromEnvironment(Map.of("ENKAT_KAFKA_PORT", "ninety"), ROOT))
        .hasMessageContaining("ENKAT_KAFKA_PORT=ninety");
  }

  @Test
  void servicesStopFrontDoorFirstThenUpstreamToDownstream() {
    StackConfig config = StackConfig.fromEnvironment(Map.of(), ROOT);

    assertThat(ServiceSpec.stopOrder(config.services()))
        .extracting(ServiceSpec::name)
        .containsExactly("gateway", "collection", "validation", "indicator", "publication");
  }

  @Test
  void instancesOfAServiceGetTheirOwnPortsAndTheGatewayAllTheirUrls() {
    StackConfig config =
        StackConfig.fromEnvironment(
            Map.of("ENKAT_INSTANCES_COLLECTION", "2", "ENKAT_INSTANCES_VALIDATION", "3"), ROOT);

    assertThat(config.services())
        .extracting(ServiceSpec::name)
        .containsExactly(
            "collection",
            "collection-2",
            "validation",
            "validation-2",
            "validation-3",
            "indicator",
            "publication",
            "gateway");
    assertThat(config.services()).extracting(config::port).doesNotHaveDuplicates();
    assertThat(config.services().get(1))
        .extracting(ServiceSpec::service, ServiceSpec::instance)
        .containsExactly("collection", 2);
    assertThat(config.port(config.services().get(1))).isEqualTo(8181);
    assertThat(config.port(config.services().get(4))).isEqualTo(8282);
    assertThat(config.serviceUrls(StackPort.COLLECTION))
        .isEqualTo("http://localhost:8081,http://localhost:8181");
    assertThat(config.serviceUrls(StackPort.INDICATOR)).isEqualTo("http://localhost:8083");

    ServiceSpec gateway = config.services().get(7);
    Map<String, String> env = ServiceProcess.environment(config, gateway);
    assertThat(env)
        .containsEntry("ENKAT_COLLECTION_URL", "http://localhost:8081,http://localhost:8181")
        .containsEntry("ENKAT_INSTANCE", "gateway");
    assertThat(ServiceProcess.environment(config, config.services().get(1)))
        .containsEntry("ENKAT_COLLECTION_URL", "http://localhost:8081")
        .containsEntry("QUARKUS_HTTP_PORT", "8181")
        .containsEntry("ENKAT_INSTANCE", "collection-2");
  }

  @Test
  void instanceCountsOutOfRangeOrAGatewayTwiceAreRefusedWithTheVariable() {
    assertThatThrownBy(
            () -> StackConfig.fromEnvironment(Map.of("ENKAT_INSTANCES_GATEWAY", "2"), ROOT))
        .hasMessageContaining("ENKAT_INSTANCES_GATEWAY=2")
        .hasMessageContaining("runs once");
    assertThatThrownBy(
            () -> StackConfig.fromEnvironment(Map.of("ENKAT_INSTANCES_INDICATOR", "0"), ROOT))
        .hasMessageContaining("ENKAT_INSTANCES_INDICATOR=0");
    assertThatThrownBy(
            () -> StackConfig.fromEnvironment(Map.of("ENKAT_INSTANCES_INDICATOR", "two"), ROOT))
        .hasMessageContaining("ENKAT_INSTANCES_INDICATOR=two");
  }

  @Test
  void instancesStopAfterTheGatewayInStartOrder() {
    StackConfig config =
        StackConfig.fromEnvironment(Map.of("ENKAT_INSTANCES_PUBLICATION", "2"), ROOT);

    assertThat(ServiceSpec.stopOrder(config.services()))
        .extracting(ServiceSpec::name)
        .containsExactly(
            "gateway", "collection", "validation", "indicator", "publication", "publication-2");
  }
}
