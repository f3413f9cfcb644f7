package se.enkat.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object is valid for Kubernetes v1.32 or for its operator's CRD, offline. */
class ManifestsSchemaTest {

  private final SchemaCatalog catalog = new SchemaCatalog();

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.enkat.kubernetes.ManifestSets#all")
  void everyObjectMatchesItsSchema(List<ObjectNode> objects) {
    List<String> problems = new ArrayList<>();
    objects.forEach(object -> problems.addAll(catalog.problems(object)));
    assertThat(objects).hasSizeGreaterThan(40);
    assertThat(problems).isEmpty();
  }

  @Test
  void theSchemaCheckFindsAMisspeltOrMissingField() throws Exception {
    ObjectNode deployment = Manifests.ofKind(Manifests.base(), "Deployment").get(0).deepCopy();
    ((ObjectNode) deployment.path("spec")).put("replica", 2);
    ObjectNode topic = Manifests.ofKind(Manifests.base(), "KafkaTopic").get(0).deepCopy();
    ((ObjectNode) topic.path("spec")).put("partitions", "three");
    ObjectNode cluster = Manifests.ofKind(Manifests.base(), "Cluster").get(0).deepCopy();
    ((ObjectNode) cluster.path("spec").path("bootstrap").path("initdb")).put("databse", "x");

    assertThat(catalog.problems(deployment)).anyMatch(p -> p.contains("replica"));
    assertThat(catalog.problems(topic)).anyMatch(p -> p.contains("partitions"));
    assertThat(catalog.problems(cluster)).anyMatch(p -> p.contains("databse"));
  }
}
