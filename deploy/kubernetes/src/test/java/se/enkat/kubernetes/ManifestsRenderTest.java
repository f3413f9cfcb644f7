package se.enkat.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** Each overlay renders with kubectl kustomize, with everything the base holds. */
class ManifestsRenderTest {

  @Test
  void theProductionOverlayRenders() {
    var kubectl = Manifests.kubectl();
    assumeTrue(
        kubectl.isPresent(),
        "kubectl is not on PATH (nor KUBECTL set): overlays/production was NOT rendered or"
            + " checked; the base was (deploy/kubernetes/README.md)");
    var rendered = Manifests.render(kubectl.get(), Manifests.MODULE.resolve("overlays/production"));
    assertThat(rendered.stream().map(Manifests::kind))
        .containsAll(Manifests.base().stream().map(Manifests::kind).distinct().toList());
    assertThat(rendered)
        .allSatisfy(
            object ->
                assertThat(object.path("metadata").path("namespace").asText(""))
                    .as(Manifests.describe(object))
                    .isIn("enkat", ""));
  }
}
