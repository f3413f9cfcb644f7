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

  /**
   * The order {@code ./enkat down} stops services in, one at a time: the front doors first (those
   * without a database, e.g. the gateway), so no new request arrives while the others drain, then
   * the rest upstream to downstream (start order), so each has sent what the next one consumes.
   */
  public static java.util.List<ServiceSpec> stopOrder(java.util.List<ServiceSpec> services) {
    java.util.List<ServiceSpec> order = new java.util.ArrayList<>();
    services.stream().filter(service -> !service.hasDatabase()).forEach(order::add);
    services.stream().filter(ServiceSpec::hasDatabase).forEach(order::add);
    return order;
  }

  /** Whether the service owns a database (the gateway has none). */
  public boolean hasDatabase() {
    return !"gateway".equals(name);
  }
}
