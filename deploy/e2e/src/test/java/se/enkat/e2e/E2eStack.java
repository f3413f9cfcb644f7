package se.enkat.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import se.enkat.servers.Ports;
import se.enkat.stack.Restarts;
import se.enkat.stack.ServiceProcess;
import se.enkat.stack.ServiceSpec;
import se.enkat.stack.Stack;
import se.enkat.stack.StackConfig;
import se.enkat.stack.StackPort;
import se.enkat.stack.StackPorts;
import se.enkat.stack.Supervised;
import se.enkat.stack.Supervisor;

/**
 * The stack every end-to-end test shares: started once per test JVM with the same code as {@code
 * ./enkat up}, on free ports (so a running {@code ./enkat up} is not disturbed), with fresh data
 * under {@code target/}, and kept running by the same {@link Supervisor}; stopped when the JVM
 * exits. {@code -Denkat.e2e.instances=collection=2,validation=2} runs several instances of those
 * services (each on a free port of its own), as {@code ENKAT_INSTANCES_<SERVICE>} does for {@code
 * ./enkat up}.
 */
final class E2eStack {

  private static Stack stack;
  private static Supervisor supervisor;
  private static OtlpReceiver traces;

  private E2eStack() {}

  static synchronized StackConfig get() {
    if (stack == null) {
      Path home =
          Path.of(System.getProperty("enkat.e2e.home", "target/e2e-stack"))
              .resolve("run-" + ProcessHandle.current().pid())
              .toAbsolutePath();
      // Every service exports its spans here; only traces a test starts are sampled (TracingIT).
      traces = OtlpReceiver.start();
      System.setProperty(ServiceProcess.OTLP_ENDPOINT, traces.endpoint());
      System.setProperty(ServiceProcess.OTLP_SAMPLE_RATIO, "0");
      try {
        stack = start(home);
      } catch (RuntimeException e) {
        // Stack.start already stopped what it started; only the data is left to remove
        deleteData(home);
        throw e;
      }
      supervisor =
          Supervisor.start(
              stack, new Restarts(home), message -> log("[e2e supervisor] " + message));
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    supervisor.close();
                    stack.close();
                    traces.close();
                    deleteData(home);
                  },
                  "enkat-e2e-stack-stop"));
    }
    return stack.config();
  }

  /** The supervisor that restarts a part of the shared stack when it exits. */
  static synchronized Supervisor supervisor() {
    get();
    return supervisor;
  }

  /** The OTLP receiver the shared stack's services export their spans to. */
  static synchronized OtlpReceiver traces() {
    get();
    return traces;
  }

  /** The parts of the shared stack: pids, and stopping one. */
  static synchronized Supervised parts() {
    get();
    return stack;
  }

  private static void log(String message) {
    System.out.println(java.time.Instant.now() + " " + message);
  }

  private static void deleteData(Path home) {
    for (String data : new String[] {"pg", "kafka", "keycloak"}) {
      deleteRecursively(home.resolve(data));
    }
  }

  private static Stack start(Path home) {
    Path root = Path.of(System.getProperty("enkat.root", "../..")).toAbsolutePath().normalize();
    deleteRecursively(home);
    Map<StackPort, Integer> ports = StackPorts.freePorts(EnumSet.allOf(StackPort.class));
    StackConfig config =
        StackConfig.fromEnvironment(Map.of(), root)
            .withHome(home)
            .withPorts(ports)
            .withInstanceCounts(instanceCounts());
    Map<String, Integer> instancePorts = new java.util.HashMap<>();
    for (ServiceSpec service : config.services()) {
      if (service.instance() > 1) {
        int port = Ports.freePort();
        while (ports.containsValue(port) || instancePorts.containsValue(port)) {
          port = Ports.freePort();
        }
        instancePorts.put(service.name(), port);
      }
    }
    return Stack.start(
        config.withInstancePorts(instancePorts),
        message -> System.out.println("[e2e stack] " + message));
  }

  /** {@code enkat.e2e.instances}: e.g. {@code collection=2,validation=2}; empty for one each. */
  static Map<String, Integer> instanceCounts() {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    for (String entry : System.getProperty("enkat.e2e.instances", "").split(",")) {
      String[] parts = entry.trim().split("=");
      if (parts.length == 2) {
        counts.put(parts[0].trim(), Integer.parseInt(parts[1].trim()));
      }
    }
    return counts;
  }

  private static void deleteRecursively(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new IllegalStateException("could not clear " + dir, e);
    }
  }
}
