package se.enkat.stack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the stack keeps its state and which ports it uses: read from the same environment variables
 * as {@code ./enkat}, so Java callers and the launcher agree.
 */
public record StackConfig(
    Path root,
    Path home,
    Map<StackPort, Integer> ports,
    String pgHost,
    Optional<ExternalPostgres> externalPostgres,
    List<ServiceSpec> services) {

  public StackConfig {
    ports = Map.copyOf(ports);
    services = List.copyOf(services);
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
        services(root, env.get("ENKAT_SERVICES")));
  }

  /** The same stack on other ports, e.g. free ones for a test beside a running stack. */
  public StackConfig withPorts(Map<StackPort, Integer> newPorts) {
    Map<StackPort, Integer> merged = new EnumMap<>(ports);
    merged.putAll(newPorts);
    return new StackConfig(root, home, merged, pgHost, externalPostgres, services);
  }

  /** The same stack with its state somewhere else. */
  public StackConfig withHome(Path newHome) {
    return new StackConfig(root, newHome, ports, pgHost, externalPostgres, services);
  }

  public int port(StackPort port) {
    return ports.get(port);
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
