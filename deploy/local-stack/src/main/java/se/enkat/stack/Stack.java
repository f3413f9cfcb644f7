package se.enkat.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import se.enkat.servers.ChildProcess;
import se.enkat.servers.GreenMailServer;
import se.enkat.servers.KafkaBroker;
import se.enkat.servers.PlatformTopics;
import se.enkat.servers.PostgresProvisioner;
import se.enkat.servers.PostgresServer;

/**
 * The whole local stack: PostgreSQL, Kafka with the platform topics, Keycloak with the enkat realm,
 * GreenMail as the SMTP server, and the packaged services. {@code ./enkat up} and the end-to-end
 * tests both start it here. {@link #close()} stops the services one by one so each can drain (the
 * gateway first), then Keycloak, Kafka and PostgreSQL. A {@link Supervisor} restarts a part that
 * exits through {@link Supervised}.
 */
public final class Stack implements AutoCloseable, Supervised {

  /** The databases (and owner roles, password = name) the stack provides. */
  public static final List<String> DATABASES =
      List.of("collection", "validation", "indicator", "publication", "keycloak");

  // Generous: on a 2-core machine busy with builds a Quarkus service has needed over 3 minutes.
  private static final Duration KEYCLOAK_TIMEOUT = Duration.ofMinutes(6);
  private static final Duration SERVICE_TIMEOUT = Duration.ofMinutes(6);
  // A service stops its HTTP server, finishes the records in hand and closes its pools in this
  // time.
  private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
  private static final Duration SERVER_STOP_GRACE = Duration.ofSeconds(30);

  private final StackConfig config;
  private final PidFiles pids;
  private final Consumer<String> progress;
  private final Map<String, ChildProcess> children = new LinkedHashMap<>();
  private volatile PostgresServer postgres;
  private volatile boolean closing;

  private Stack(StackConfig config, Consumer<String> progress) {
    this.config = config;
    this.pids = new PidFiles(config.pids());
    this.progress = progress;
  }

  /**
   * Starts everything and returns once every part is ready; on failure stops what it started and
   * throws {@link StackException} naming the part, with its log tail.
   */
  public static Stack start(StackConfig config, Consumer<String> progress) {
    return create(config, progress).start();
  }

  /**
   * A stack not started yet, so a caller can arrange for {@link #close()} (e.g. on SIGTERM) before
   * {@link #start()}: a close during start stops whatever had started.
   */
  public static Stack create(StackConfig config, Consumer<String> progress) {
    return new Stack(config, progress);
  }

  /** See {@link #start(StackConfig, Consumer)}. */
  public Stack start() {
    StackPorts.requireFree(config, neededPorts(config));
    StackPorts.requireFreeInstances(config);
    try {
      startAll();
      return this;
    } catch (RuntimeException e) {
      close();
      throw unwrap(e);
    }
  }

  /** The ports this configuration will bind. */
  public static Set<StackPort> neededPorts(StackConfig config) {
    Set<StackPort> ports =
        EnumSet.of(
            StackPort.KAFKA,
            StackPort.KAFKA_CONTROLLER,
            StackPort.KEYCLOAK,
            StackPort.SMTP,
            StackPort.SMTP_API);
    if (config.externalPostgres().isEmpty()) {
      ports.add(StackPort.POSTGRES);
    }
    config.services().forEach(service -> ports.add(service.port()));
    return ports;
  }

  public StackConfig config() {
    return config;
  }

  /** Name to pid of every running part, PostgreSQL's postmaster included. */
  public synchronized Map<String, Long> pids() {
    Map<String, Long> all = new LinkedHashMap<>();
    if (postgres != null) {
      all.put("postgres", postgres.pid());
    }
    children.forEach((name, child) -> all.put(name, child.pid()));
    return all;
  }

  private void startAll() {
    for (ServiceSpec service : config.services()) {
      if (!Files.exists(service.runJar())) {
        throw new StackException(
            service.runJar() + " is missing: run ./mvnw -DskipTests package first");
      }
    }
    CompletableFuture<Void> database = CompletableFuture.runAsync(this::startPostgres);
    CompletableFuture<Void> kafka = CompletableFuture.runAsync(this::startKafka);
    // wait for both before failing, so close() sees every process that was started
    settle(database, kafka);
    // Every process is launched (and recorded) before any wait, so a failure can stop them all.
    List<CompletableFuture<Void>> waits = new ArrayList<>();
    waits.add(launchKeycloak());
    waits.add(launchSmtp());
    // Services start beside Keycloak: OIDC discovery is retried on their first request.
    for (ServiceSpec service : config.services()) {
      waits.add(launchService(service));
    }
    firstFailureOrAll(waits);
    progress.accept("all services ready");
  }

  private CompletableFuture<Void> launchService(ServiceSpec service) {
    ChildProcess process = register(ServiceProcess.launch(config, service));
    progress.accept("started " + service.name() + " (pid " + process.pid() + ")");
    return CompletableFuture.runAsync(
        () -> {
          ServiceProcess.awaitReady(config, service, process, SERVICE_TIMEOUT);
          progress.accept(service.name() + " ready on port " + config.port(service));
        });
  }

  private static void settle(CompletableFuture<?>... steps) {
    CompletableFuture.allOf(steps).handle((ignored, failure) -> null).join();
    for (CompletableFuture<?> step : steps) {
      step.join();
    }
  }

  private void startPostgres() {
    int port = config.port(StackPort.POSTGRES);
    PostgresProvisioner provisioner;
    if (config.externalPostgres().isPresent()) {
      ExternalPostgres external = config.externalPostgres().get();
      provisioner =
          new PostgresProvisioner(
              config.pgHost(), port, external.superuser(), external.superpassword());
      progress.accept("using external PostgreSQL at " + config.pgHost() + ":" + port);
    } else {
      PostgresServer before = postgres;
      if (before != null) {
        before.close(); // a server that died holds the data directory's lock until closed
      }
      PostgresServer started =
          PostgresServer.start(
              config.home().resolve("pg"), port, config.logs().resolve("postgres.log"));
      synchronized (this) {
        if (closing) {
          started.close();
          throw new StackException("stopped while starting");
        }
        postgres = started;
        pids.write("postgres", started.pid());
      }
      provisioner = PostgresProvisioner.embedded(port);
      progress.accept("PostgreSQL ready on port " + port + " (pid " + postgres.pid() + ")");
    }
    for (String database : DATABASES) {
      provisioner.ensureDatabase(database, database);
    }
  }

  private void startKafka() {
    int port = config.port(StackPort.KAFKA);
    ChildProcess broker =
        register(
            KafkaBroker.launch(
                config.home().resolve("kafka"),
                port,
                config.port(StackPort.KAFKA_CONTROLLER),
                config.logs().resolve("kafka.log")));
    KafkaBroker.awaitReady(port, broker, Duration.ofSeconds(60));
    List<String> created = PlatformTopics.ensure(config.kafkaBootstrap(), Duration.ofSeconds(60));
    progress.accept(
        "Kafka ready on port " + port + " (pid " + broker.pid() + "), topics created: " + created);
  }

  private CompletableFuture<Void> launchKeycloak() {
    int port = config.port(StackPort.KEYCLOAK);
    Path realm = config.root().resolve("deploy/keycloak/enkat-realm.json");
    String dbUrl =
        PostgresProvisioner.jdbcUrl(config.pgHost(), config.port(StackPort.POSTGRES), "keycloak");
    ChildProcess keycloak =
        register(
            KeycloakServer.launch(
                config.home().resolve("keycloak"),
                realm,
                port,
                dbUrl,
                config.logs().resolve("keycloak.log")));
    progress.accept("started Keycloak (pid " + keycloak.pid() + ")");
    return CompletableFuture.runAsync(
        () -> {
          KeycloakServer.awaitReady(port, keycloak, KEYCLOAK_TIMEOUT);
          progress.accept("Keycloak ready on port " + port);
        });
  }

  private CompletableFuture<Void> launchSmtp() {
    int smtp = config.port(StackPort.SMTP);
    int api = config.port(StackPort.SMTP_API);
    ChildProcess server =
        register(
            GreenMailServer.launch(
                config.home().resolve("smtp"), smtp, api, config.logs().resolve("smtp.log")));
    progress.accept("started GreenMail (pid " + server.pid() + ")");
    return CompletableFuture.runAsync(
        () -> {
          GreenMailServer.awaitReady(api, server, Duration.ofMinutes(2));
          progress.accept("GreenMail ready: SMTP on port " + smtp + ", API on port " + api);
        });
  }

  // Returns when all succeed; throws as soon as one fails, without waiting for the others.
  private static void firstFailureOrAll(List<CompletableFuture<Void>> waits) {
    CompletableFuture<Void> failure = new CompletableFuture<>();
    waits.forEach(
        wait ->
            wait.whenComplete(
                (ignored, error) -> {
                  if (error != null) {
                    failure.completeExceptionally(error);
                  }
                }));
    CompletableFuture.anyOf(
            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)), failure)
        .join();
  }

  private synchronized ChildProcess register(ChildProcess child) {
    if (closing) {
      child.stop(Duration.ofSeconds(10));
      throw new StackException("stopped while starting");
    }
    children.put(child.name(), child);
    pids.write(child.name(), child.pid());
    return child;
  }

  /**
   * Stops the services one at a time in {@link ServiceSpec#stopOrder} (the gateway first, so no new
   * request arrives while the others drain; each gets SIGTERM and 30 s before SIGKILL), then
   * Keycloak, Kafka and PostgreSQL; safe to call twice.
   */
  @Override
  public void close() {
    synchronized (this) {
      closing = true;
    }
    for (ServiceSpec service : ServiceSpec.stopOrder(config.services())) {
      stopAndForget(child(service.name()), SERVICE_STOP_GRACE);
    }
    stopAndForget(child("keycloak"), SERVER_STOP_GRACE);
    stopAndForget(child("smtp"), SERVER_STOP_GRACE);
    stopAndForget(child("kafka"), SERVER_STOP_GRACE);
    PostgresServer database;
    synchronized (this) {
      database = postgres;
    }
    if (database != null) {
      database.close();
      pids.remove("postgres");
      postgres = null;
      progress.accept("stopped postgres");
    }
  }

  private synchronized ChildProcess child(String name) {
    return children.get(name);
  }

  @Override
  public List<String> parts() {
    List<String> parts = new ArrayList<>();
    if (config.externalPostgres().isEmpty()) {
      parts.add("postgres");
    }
    parts.add("kafka");
    parts.add("keycloak");
    parts.add("smtp");
    config.services().forEach(service -> parts.add(service.name()));
    return parts;
  }

  @Override
  public synchronized boolean isAlive(String part) {
    if (part.equals("postgres")) {
      return postgres != null && postgres.isAlive();
    }
    ChildProcess child = children.get(part);
    return child != null && child.isAlive();
  }

  @Override
  public synchronized long pid(String part) {
    if (part.equals("postgres")) {
      return postgres == null ? -1 : postgres.pid();
    }
    ChildProcess child = children.get(part);
    return child == null ? -1 : child.pid();
  }

  @Override
  public synchronized String exitOf(String part) {
    ChildProcess child = children.get(part);
    if (child == null || child.launched().isAlive()) {
      return "exit code unknown";
    }
    return "exit code " + child.launched().exitValue();
  }

  @Override
  public void relaunch(String part) {
    try {
      switch (part) {
        case "postgres" -> startPostgres();
        case "kafka" -> startKafka();
        case "keycloak" -> launchKeycloak().join();
        case "smtp" -> launchSmtp().join();
        default -> launchService(service(part)).join();
      }
    } catch (RuntimeException e) {
      throw unwrap(e);
    }
  }

  @Override
  public void stop(String part, Duration grace) {
    if (part.equals("postgres")) {
      PostgresServer database;
      synchronized (this) {
        database = postgres;
      }
      if (database != null) {
        database.close();
      }
      return;
    }
    ChildProcess child = child(part);
    if (child != null) {
      child.stop(grace);
    }
  }

  @Override
  public synchronized boolean stopping() {
    return closing;
  }

  private ServiceSpec service(String name) {
    return config.services().stream()
        .filter(service -> service.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no part named " + name));
  }

  private void stopAndForget(ChildProcess child, Duration grace) {
    if (child == null) {
      return;
    }
    child.stop(grace);
    pids.remove(child.name());
    synchronized (this) {
      children.remove(child.name());
    }
    progress.accept("stopped " + child.name());
  }

  private static RuntimeException unwrap(RuntimeException e) {
    Throwable cause = e;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause instanceof RuntimeException runtime ? runtime : e;
  }
}
