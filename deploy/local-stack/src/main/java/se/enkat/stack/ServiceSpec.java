package se.enkat.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One running instance of an enkat service as the stack runs it: its part name ({@code collection}
 * for the first instance, {@code collection-2} for the second, ...), the port setting of its
 * service, its packaged jar and which instance it is (1 for the first).
 */
public record ServiceSpec(String name, StackPort port, Path runJar, int instance) {

  /** The five services in start order; the gateway last, since it only forwards to the others. */
  public static final List<String> NAMES =
      List.of("collection", "validation", "indicator", "publication", "gateway");

  /** The first (or only) instance of a service. */
  public ServiceSpec(String name, StackPort port, Path runJar) {
    this(name, port, runJar, 1);
  }

  /** The jar Quarkus packages for a service under {@code services/<name>}. */
  public static ServiceSpec of(Path root, String name) {
    return of(root, name, 1);
  }

  /** Instance {@code instance} (1 for the first) of the service {@code service}. */
  public static ServiceSpec of(Path root, String service, int instance) {
    StackPort port = StackPort.valueOf(service.toUpperCase(Locale.ROOT));
    return new ServiceSpec(
        partName(service, instance),
        port,
        root.resolve("services/" + service + "/target/quarkus-app/quarkus-run.jar"),
        instance);
  }

  /** {@code collection} for the first instance, {@code collection-2} for the second, .... */
  public static String partName(String service, int instance) {
    return instance == 1 ? service : service + "-" + instance;
  }

  /** The service this is an instance of ({@code collection} for {@code collection-2}). */
  public String service() {
    return port.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The order {@code ./enkat down} stops services in, one at a time: the front doors first (those
   * without a database, e.g. the gateway), so no new request arrives while the others drain, then
   * the rest upstream to downstream (start order), so each has sent what the next one consumes.
   */
  public static List<ServiceSpec> stopOrder(List<ServiceSpec> services) {
    List<ServiceSpec> order = new ArrayList<>();
    services.stream().filter(service -> !service.hasDatabase()).forEach(order::add);
    services.stream().filter(ServiceSpec::hasDatabase).forEach(order::add);
    return order;
  }

  /** Whether the service owns a database (the gateway has none). */
  public boolean hasDatabase() {
    return !"gateway".equals(service());
  }
}
