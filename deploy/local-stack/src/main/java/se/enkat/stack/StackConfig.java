package se.enkat.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stack keeps its state and which ports it uses: read from the same environment variables
 * as {@code ./enkat}, so Java callers and the launcher agree. {@code services} holds every instance
 * to run ({@code ENKAT_INSTANCES_<SERVICE>}); {@code instancePorts} the ports of second and later
 * instances that differ from the rule in {@link #port(ServiceSpec)}.
 */
public record StackConfig(
    Path root,
    Path home,
    Map<StackPort, Integer> ports,
    String pgHost,
    Optional<ExternalPostgres> externalPostgres,
    List<ServiceSpec> services,
    Map<String, Integer> instancePorts) {

  /** Most instances of one service the stack starts. */
  public static final int MAX_INSTANCES = 9;

  /** Instance k of a service listens on the service's port + (k - 1) * this, unless set. */
  public static final int INSTANCE_PORT_STEP = 100;

  public StackConfig {
    ports = Map.copyOf(ports);
    services = List.copyOf(services);
    instancePorts = Map.copyOf(instancePorts);
  }

  public StackConfig(
      Path root,
      Path home,
      Map<StackPort, Integer> ports,
      String pgHost,
      Optional<ExternalPostgres> externalPostgres,
      List<ServiceSpec> services) {
    this(root, home, ports, pgHost, externalPostgres, services, Map.of());
  }

  /** The configuration {@code ./enkat up} uses, for the repository at {@code root}. */
  public static StackConfig fromEnvironment(Map<String, String> env, Path root) {
    Path home = Path.of(env.getOrDefault("ENKAT_HOME", root.resolve(".enkat").toString()));
    Map<StackPort, Integer> ports = new EnumMap<>(StackPort.class);
    for (StackPort port : StackPort.values()) {
      ports.put(port, parsePort(port, env.get(port.envVar())));
    }
    Optional<ExternalPostgres> external =
        "true".equalsIgnoreCase(env.get("ENKAT_PG_EXTERNAL"))
            ? Optional.of(
                new ExternalPostgres(
                    env.getOrDefault("ENKAT_PG_SUPERUSER", "postgres"),
                    env.getOrDefault("ENKAT_PG_SUPERPASSWORD", "")))
            : Optional.empty();
    return new StackConfig(
        root.toAbsolutePath().normalize(),
        home.toAbsolutePath().normalize(),
        ports,
        env.getOrDefault("ENKAT_PG_HOST", "localhost"),
        external,
        withInstances(root, services(root, env.get("ENKAT_SERVICES")), instanceCounts(env)),
        Map.of());
  }

  /** The same stack on other ports, e.g. free ones for a test beside a running stack. */
  public StackConfig withPorts(Map<StackPort, Integer> newPorts) {
    Map<StackPort, Integer> merged = new EnumMap<>(ports);
    merged.putAll(newPorts);
    return new StackConfig(root, home, merged, pgHost, externalPostgres, services, instancePorts);
  }

  /** The same stack with its state somewhere else. */
  public StackConfig withHome(Path newHome) {
    return new StackConfig(root, newHome, ports, pgHost, externalPostgres, services, instancePorts);
  }

  /** The same stack with {@code counts} instances of the services named (e.g. collection=2). */
  public StackConfig withInstanceCounts(Map<String, Integer> counts) {
    counts.forEach(StackConfig::checkCount);
    List<ServiceSpec> firsts = services.stream().filter(s -> s.instance() == 1).toList();
    return new StackConfig(
        root,
        home,
        ports,
        pgHost,
        externalPostgres,
        withInstances(root, firsts, counts),
        instancePorts);
  }

  /** The same stack with these ports for instances by part name (e.g. collection-2), for tests. */
  public StackConfig withInstancePorts(Map<String, Integer> newPorts) {
    Map<String, Integer> merged = new HashMap<>(instancePorts);
    merged.putAll(newPorts);
    return new StackConfig(root, home, ports, pgHost, externalPostgres, services, merged);
  }

  public int port(StackPort port) {
    return ports.get(port);
  }

  /**
   * The port of one service instance: its service's port for the first, then + 100 per instance.
   */
  public int port(ServiceSpec service) {
    int first = port(service.port());
    if (service.instance() == 1) {
      return first;
    }
    return instancePorts.getOrDefault(
        service.name(), first + (service.instance() - 1) * INSTANCE_PORT_STEP);
  }

  public String serviceUrl(ServiceSpec service) {
    return "http://localhost:" + port(service);
  }

  /**
   * The base URLs of every instance of {@code service} this stack runs, comma-separated, as the
   * gateway reads them; the service's one port when the stack does not run it.
   */
  public String serviceUrls(StackPort service) {
    List<String> urls =
        services.stream().filter(s -> s.port() == service).map(this::serviceUrl).toList();
    return urls.isEmpty() ? serviceUrl(service) : String.join(",", urls);
  }

  public String kafkaBootstrap() {
    return "localhost:" + port(StackPort.KAFKA);
  }

  public String keycloakUrl() {
    return "http://localhost:" + port(StackPort.KEYCLOAK);
  }

  public String serviceUrl(StackPort port) {
    return "http://localhost:" + port(port);
  }

  public Path logs() {
    return home.resolve("logs");
  }

  public Path pids() {
    return home.resolve("pids");
  }

  private static int parsePort(StackPort port, String value) {
    if (value == null || value.isBlank()) {
      return port.defaultPort();
    }
    try {
      int parsed = Integer.parseInt(value.trim());
      if (parsed > 0 && parsed < 65536) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below with the variable's name
    }
    throw new IllegalArgumentException(
        port.envVar() + "=" + value + " is not a port number (1-65535)");
  }

  /** ENKAT_INSTANCES_COLLECTION=2 and the like: how many instances of each service to run. */
  private static Map<String, Integer> instanceCounts(Map<String, String> env) {
    Map<String, Integer> counts = new HashMap<>();
    for (String service : ServiceSpec.NAMES) {
      String variable = "ENKAT_INSTANCES_" + service.toUpperCase(Locale.ROOT);
      String value = env.get(variable);
      if (value == null || value.isBlank()) {
        continue;
      }
      int count;
      try {
        count = Integer.parseInt(value.trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(variable + "=" + value + " is not a number");
      }
      checkCount(service, count);
      counts.put(service, count);
    }
    return counts;
  }

  private static void checkCount(String service, int count) {
    String variable = "ENKAT_INSTANCES_" + service.toUpperCase(Locale.ROOT);
    if ("gateway".equals(service) && count != 1) {
      throw new IllegalArgumentException(
          variable
              + "="
              + count
              + ": the gateway is the one entry of the local stack and runs once; put a load"
              + " balancer in front of several gateways in production (docs/deploying.md)");
    }
    if (count < 1 || count > MAX_INSTANCES) {
      throw new IllegalArgumentException(
          variable + "=" + count + " is out of range (1-" + MAX_INSTANCES + ")");
    }
  }

  /** Each selected service followed by its further instances, in start order. */
  private static List<ServiceSpec> withInstances(
      Path root, List<ServiceSpec> firsts, Map<String, Integer> counts) {
    List<ServiceSpec> all = new ArrayList<>();
    for (ServiceSpec first : firsts) {
      int count = counts.getOrDefault(first.service(), 1);
      for (int instance = 1; instance <= count; instance++) {
        all.add(ServiceSpec.of(root, first.service(), instance));
      }
    }
    return all;
  }

  private static List<ServiceSpec> services(Path root, String selection) {
    if (selection == null || selection.isBlank()) {
      return ServiceSpec.NAMES.stream().map(name -> ServiceSpec.of(root, name)).toList();
    }
    if ("none".equalsIgnoreCase(selection.trim())) {
      return List.of();
    }
    List<String> wanted = Arrays.stream(selection.split(",")).map(String::trim).toList();
    for (String name : wanted) {
      if (!ServiceSpec.NAMES.contains(name)) {
        throw new IllegalArgumentException(
            "ENKAT_SERVICES names an unknown service: "
                + name
                + " (known: "
                + ServiceSpec.NAMES
                + ")");
      }
    }
    // keep the canonical start order whatever order the user listed them in
    return ServiceSpec.NAMES.stream()
        .filter(wanted::contains)
        .map(name -> ServiceSpec.of(root, name))
        .toList();
  }
}
