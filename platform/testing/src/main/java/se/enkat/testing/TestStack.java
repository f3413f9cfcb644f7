package se.enkat.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import se.enkat.servers.ChildProcess;
import se.enkat.servers.KafkaBroker;
import se.enkat.servers.PlatformTopics;
import se.enkat.servers.Ports;
import se.enkat.servers.PostgresProvisioner;
import se.enkat.servers.PostgresServer;

/**
 * The PostgreSQL server and Kafka broker shared by every test in one JVM: a running stack's when
 * {@code ENKAT_PG_PORT} and {@code ENKAT_KAFKA_BOOTSTRAP} point at one that answers, otherwise
 * started once on free ports in a temporary directory and stopped when the JVM exits.
 */
public final class TestStack {

  private static TestStack current;

  private final String pgHost;
  private final int pgPort;
  private final String kafkaBootstrap;
  private final PostgresProvisioner provisioner;

  private TestStack(
      String pgHost, int pgPort, String kafkaBootstrap, PostgresProvisioner provisioner) {
    this.pgHost = pgHost;
    this.pgPort = pgPort;
    this.kafkaBootstrap = kafkaBootstrap;
    this.provisioner = provisioner;
  }

  /** The JVM's stack, started (or found) on first use. */
  public static synchronized TestStack get() {
    if (current == null) {
      current = reuse(System.getenv()).orElseGet(TestStack::startEmbedded);
      PlatformTopics.ensure(current.kafkaBootstrap, Duration.ofSeconds(60));
    }
    return current;
  }

  public String pgHost() {
    return pgHost;
  }

  public int pgPort() {
    return pgPort;
  }

  public String kafkaBootstrap() {
    return kafkaBootstrap;
  }

  /** Creates role {@code name} (password {@code name}) and its database, if missing. */
  public synchronized void ensureDatabase(String name) {
    provisioner.ensureDatabase(name, name);
  }

  static java.util.Optional<TestStack> reuse(Map<String, String> env) {
    String pgPort = env.get("ENKAT_PG_PORT");
    String bootstrap = env.get("ENKAT_KAFKA_BOOTSTRAP");
    if (pgPort == null || bootstrap == null) {
      return java.util.Optional.empty();
    }
    String pgHost = env.getOrDefault("ENKAT_PG_HOST", "localhost");
    int port = Integer.parseInt(pgPort.trim());
    if (!reachable(pgHost, port) || !reachable(bootstrap)) {
      return java.util.Optional.empty();
    }
    PostgresProvisioner provisioner =
        new PostgresProvisioner(
            pgHost,
            port,
            env.getOrDefault("ENKAT_PG_SUPERUSER", "postgres"),
            env.getOrDefault("ENKAT_PG_SUPERPASSWORD", ""));
    return java.util.Optional.of(new TestStack(pgHost, port, bootstrap, provisioner));
  }

  private static TestStack startEmbedded() {
    Path dir = createTempDir();
    int pgPort = Ports.freePort();
    int kafkaPort = Ports.freePort();
    int controllerPort = Ports.freePort();
    // Started one after the other on this thread: starting them on the common pool raced the
    // Quarkus test class loader ("loader constraint violation" on ChildProcess) now and then.
    PostgresServer postgres =
        PostgresServer.start(dir.resolve("pg"), pgPort, dir.resolve("logs/postgres.log"));
    ChildProcess kafka;
    try {
      kafka =
          KafkaBroker.start(
              dir.resolve("kafka"),
              kafkaPort,
              controllerPort,
              dir.resolve("logs/kafka.log"),
              Duration.ofSeconds(90));
    } catch (RuntimeException e) {
      postgres.close();
      throw e;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // stop both before deleting the directory they write into
                  kafka.stop(Duration.ofSeconds(20));
                  postgres.close();
                  deleteRecursively(dir);
                },
                "enkat-test-stack-stop"));
    return new TestStack(
        "localhost", pgPort, "localhost:" + kafkaPort, PostgresProvisioner.embedded(pgPort));
  }

  private static boolean reachable(String hostAndPort) {
    String first = hostAndPort.split(",")[0].trim();
    int colon = first.lastIndexOf(':');
    return colon > 0
        && reachable(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)));
  }

  private static boolean reachable(String host, int port) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Path createTempDir() {
    try {
      return Files.createTempDirectory("enkat-test-stack-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is not worth failing the build for
    }
  }
}
