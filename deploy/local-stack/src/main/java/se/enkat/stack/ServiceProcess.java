package se.enkat.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.enkat.servers.ChildProcess;
import se.enkat.servers.JavaRuntime;
import se.enkat.servers.Readiness;

/** Starts one packaged enkat service as a child JVM configured to the stack. */
public final class ServiceProcess {

  private ServiceProcess() {}

  /** Launches the service; call {@link #awaitReady} for its readiness. */
  public static ChildProcess launch(StackConfig config, ServiceSpec service) {
    return launch(config, service, service.name(), Map.of());
  }

  /**
   * Launches the service as the process {@code name} (its log is {@code <name>.log}), with {@code
   * overrides} on top of the stack's variables: e.g. a test that runs it with the prod profile.
   */
  public static ChildProcess launch(
      StackConfig config, ServiceSpec service, String name, Map<String, String> overrides) {
    if (!Files.exists(service.runJar())) {
      throw new StackException(
          service.runJar() + " is missing: build it with ./mvnw -DskipTests package");
    }
    Map<String, String> env = environment(config, service);
    env.putAll(overrides);
    return ChildProcess.start(
        name,
        List.of(JavaRuntime.javaCommand(), "-Xmx256m", "-jar", service.runJar().toString()),
        env,
        config.root(),
        config.logs().resolve(name + ".log"));
  }

  /** Waits for {@code /q/health/ready} to answer 200. */
  public static void awaitReady(
      StackConfig config, ServiceSpec service, ChildProcess process, Duration timeout) {
    String url = config.serviceUrl(service) + "/q/health/ready";
    Readiness.await(
        service.name() + " (" + url + ")", process, timeout, () -> Readiness.httpOk(url));
  }

  /**
   * The system property of a test JVM naming the OTLP/HTTP receiver its stack's services export
   * spans to (passed on as {@code ENKAT_OTLP_ENDPOINT}; {@code ./enkat up} passes its own
   * environment on as it is).
   */
  public static final String OTLP_ENDPOINT = "enkat.otlp.endpoint";

  /**
   * The system property passed on as {@code ENKAT_OTLP_SAMPLE_RATIO}: 0 samples only traces a
   * caller started with a sampled {@code traceparent}.
   */
  public static final String OTLP_SAMPLE_RATIO = "enkat.otlp.sample-ratio";

  /** The variables every service reads its connections from. */
  static Map<String, String> environment(StackConfig config, ServiceSpec service) {
    Map<String, String> env = new HashMap<>();
    // Not prod: the stack runs on the demo settings that prod refuses (ProductionSettingsCheck).
    env.put("QUARKUS_PROFILE", "local");
    env.put("ENKAT_PG_HOST", config.pgHost());
    env.put("ENKAT_PG_PORT", String.valueOf(config.port(StackPort.POSTGRES)));
    env.put("ENKAT_KAFKA_BOOTSTRAP", config.kafkaBootstrap());
    env.put("ENKAT_KEYCLOAK_URL", config.keycloakUrl());
    env.put("ENKAT_SMTP_HOST", "127.0.0.1");
    env.put("ENKAT_SMTP_PORT", String.valueOf(config.port(StackPort.SMTP)));
    env.put("QUARKUS_HTTP_PORT", String.valueOf(config.port(service)));
    env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
    // The gateway gets every instance of each service and balances across them (round-robin,
    // failover). The others call a service through a plain REST client, which takes one URL: the
    // first instance's (a list there failed as an invalid URL).
    boolean gateway = service.service().equals("gateway");
    for (String name : List.of("collection", "validation", "indicator", "publication")) {
      StackPort port = StackPort.valueOf(name.toUpperCase(java.util.Locale.ROOT));
      String urls = config.serviceUrls(port);
      env.put("ENKAT_" + port.name() + "_URL", gateway ? urls : urls.split(",")[0]);
    }
    // The part name (collection-2), for logs and tracing to tell instances apart; nothing reads
    // it yet. All instances of a service share its consumer group.
    env.put("ENKAT_INSTANCE", service.name());
    copy(OTLP_ENDPOINT, "ENKAT_OTLP_ENDPOINT", env);
    copy(OTLP_SAMPLE_RATIO, "ENKAT_OTLP_SAMPLE_RATIO", env);
    crashPoints(service.name())
        .ifPresent(
            points -> {
              env.put("ENKAT_CRASH_POINTS", points);
              env.put(
                  "ENKAT_CRASH_POINTS_MARKERS", crashMarkers(config, service.name()).toString());
            });
    return env;
  }

  private static void copy(String property, String variable, Map<String, String> env) {
    String value = System.getProperty(property);
    if (value != null && !value.isBlank()) {
      env.put(variable, value);
    }
  }

  /**
   * The fault campaign's crash points (platform CrashPoints) armed for this service by the system
   * property {@code enkat.crash-points} of a test JVM: {@code service:point,...}, e.g. {@code
   * collection:relay-after-ack,validation:consumer-after-commit}.
   */
  static Optional<String> crashPoints(String service) {
    List<String> points = armedCrashPoints().getOrDefault(service, List.of());
    return points.isEmpty() ? Optional.empty() : Optional.of(String.join(",", points));
  }

  /** The armed crash points by service, in the order the property names them. */
  public static Map<String, List<String>> armedCrashPoints() {
    Map<String, List<String>> armed = new LinkedHashMap<>();
    for (String entry : System.getProperty("enkat.crash-points", "").split(",")) {
      String[] parts = entry.trim().split(":");
      if (parts.length == 2) {
        armed.computeIfAbsent(parts[0], service -> new ArrayList<>()).add(parts[1]);
      }
    }
    return armed;
  }

  /** Where the service marks the crash points it halted at, one file per point. */
  public static Path crashMarkers(StackConfig config, String service) {
    return config.home().resolve("crash-points").resolve(service);
  }

  static Path log(StackConfig config, String name) {
    return config.logs().resolve(name + ".log");
  }
}
