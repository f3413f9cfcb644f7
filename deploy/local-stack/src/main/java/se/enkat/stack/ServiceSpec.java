package se.enkat.stack;

import java.nio.file.Path;

/** One enkat service as the stack runs it: its name, port and packaged jar. */
public record ServiceSpec(String name, StackPort port, Path runJar) {

  /** The five services in start order; the gateway last, since it only forwards to the others. */
  public static final java.util.List<String> NAMES =
      java.util.List.of("collection", "validation", "indicator", "publication", "gateway");

  /** The jar Quarkus packages for a service under {@code services/<name>}. */
  public static ServiceSpec of(Path root, String name) {
    StackPort port = StackPort.valueOf(name.toUpperCase(java.util.Locale.ROOT));
    return new ServiceSpec(
        name, port, root.resolve("services/" + name + "/target/quarkus-app/quarkus-run.jar"));
  }

  /** Whether the service owns a database (the gateway has none). */
  public boolean hasDatabase() {
    return !"gateway".equals(name);
  }
}
