package se.enkat.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.Uuid;

/** A single-node KRaft Kafka broker (broker and controller in one) in a child JVM. */
public final class KafkaBroker {

  private static final String CLASSPATH_RESOURCE = "kafka-broker.classpath";

  private KafkaBroker() {}

  /**
   * Starts the broker with its state in {@code dir}, formatting the storage on first start only,
   * and returns once it accepts connections.
   */
  public static ChildProcess start(
      Path dir, int port, int controllerPort, Path log, Duration timeout) {
    ChildProcess broker = launch(dir, port, controllerPort, log);
    awaitReady(port, broker, timeout);
    return broker;
  }

  /** Waits until the broker accepts connections on {@code port}. */
  public static void awaitReady(int port, ChildProcess broker, Duration timeout) {
    Readiness.await("Kafka on port " + port, broker, timeout, () -> Ports.isOpen(port));
  }

  /** Formats the storage if it is new, then launches the broker without waiting for it. */
  public static ChildProcess launch(Path dir, int port, int controllerPort, Path log) {
    try {
      Files.createDirectories(dir);
      Path properties = dir.resolve("server.properties");
      Files.writeString(properties, serverProperties(dir.resolve("data"), port, controllerPort));
      Path log4j = dir.resolve("log4j2.properties");
      Files.writeString(log4j, LOG4J2);
      if (!Files.exists(dir.resolve("data/meta.properties"))) {
        format(dir, properties, log);
      }
      return ChildProcess.start(
          "kafka",
          List.of(
              JavaRuntime.javaCommand(),
              "-Xms128m",
              "-Xmx512m",
              "-Djava.awt.headless=true",
              "-Dlog4j2.configurationFile=" + log4j,
              "-cp",
              classPath(),
              "kafka.Kafka",
              properties.toString()),
          Map.of(),
          dir,
          log);
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare Kafka in " + dir, e);
    }
  }

  private static void format(Path dir, Path properties, Path log) {
    ChildProcess storageTool =
        ChildProcess.start(
            "kafka-storage",
            List.of(
                JavaRuntime.javaCommand(),
                "-Xmx256m",
                "-Dlog4j2.configurationFile=" + dir.resolve("log4j2.properties"),
                "-cp",
                classPath(),
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                properties.toString(),
                "--standalone"),
            Map.of(),
            dir,
            log);
    try {
      int exit = storageTool.launched().waitFor();
      if (exit != 0) {
        throw new ServerException(
            "formatting Kafka storage failed (exit "
                + exit
                + "). Last lines of "
                + log
                + ":\n"
                + Logs.tail(log, 30));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ServerException("interrupted while formatting Kafka storage", e);
    }
  }

  /** The broker's class path, written at build time from the Maven-resolved Kafka jars. */
  static String classPath() {
    try (InputStream in = KafkaBroker.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
      if (in == null) {
        throw new ServerException(
            CLASSPATH_RESOURCE + " is missing: build deploy/local-stack with Maven first");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String serverProperties(Path dataDir, int port, int controllerPort) {
    return String.join(
        "\n",
        "# Written by enkat's local stack on every start; edits are overwritten.",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.bootstrap.servers=localhost:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://localhost:"
            + port
            + ",CONTROLLER://localhost:"
            + controllerPort,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + dataDir,
        "num.partitions=1",
        // as large as the topics' max.message.bytes and the producers' max.request.size
        "message.max.bytes=" + PlatformTopics.MAX_MESSAGE_BYTES,
        "replica.fetch.max.bytes=" + PlatformTopics.MAX_MESSAGE_BYTES,
        "default.replication.factor=1",
        "min.insync.replicas=1",
        // one node: every internal topic must be satisfiable by that node alone
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=10",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        // no other members will join: do not make the first consumer wait for them
        "group.initial.rebalance.delay.ms=0",
        "");
  }

  private static final String LOG4J2 =
      String.join(
          "\n",
          "status = warn",
          "appender.out.type = Console",
          "appender.out.name = out",
          "appender.out.layout.type = PatternLayout",
          "appender.out.layout.pattern = [%d] %p %m (%c)%n",
          "rootLogger.level = info",
          "rootLogger.appenderRef.out.ref = out",
          "logger.request.name = kafka.request.logger",
          "logger.request.level = warn",
          "logger.controller.name = org.apache.kafka.controller",
          "logger.controller.level = warn",
          "");
}
