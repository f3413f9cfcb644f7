package se.enkat.kubernetes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The object sets every check runs on: the base, read in pure Java, and each overlay as {@code
 * kubectl kustomize} renders it (only where kubectl is installed; ManifestsRenderTest says so when
 * it is not).
 */
final class ManifestSets {

  static final List<String> OVERLAYS = List.of("production");

  private ManifestSets() {}

  static Stream<Named<List<ObjectNode>>> all() {
    Stream<Named<List<ObjectNode>>> base = Stream.of(Named.of("base", Manifests.base()));
    return Stream.concat(
        base,
        Manifests.kubectl().stream()
            .flatMap(
                kubectl ->
                    OVERLAYS.stream()
                        .map(
                            overlay ->
                                Named.of(
                                    "overlays/" + overlay,
                                    Manifests.render(
                                        kubectl,
                                        Manifests.MODULE.resolve("overlays").resolve(overlay))))));
  }
}
