package se.enkat.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import se.enkat.servers.ChildProcess;
import se.enkat.servers.JavaRuntime;
import se.enkat.servers.Logs;
import se.enkat.servers.Readiness;

/**
 * Keycloak from the Maven Central distribution: unpacked and built for PostgreSQL once, then
 * started optimized with the enkat realm imported (an existing realm is left as it is).
 */
public final class KeycloakServer {

  /** Build-time options; a change triggers a rebuild of the unpacked distribution. */
  private static final List<String> BUILD_OPTIONS = List.of("--db=postgres");

  private KeycloakServer() {}

  /** Where the distribution for this version is unpacked under {@code keycloakDir}. */
  public static Path distribution(Path keycloakDir) {
    return keycloakDir.resolve("keycloak-" + dist().getProperty("version"));
  }

  /**
   * Launches Keycloak on {@code port} against the {@code keycloak} database at {@code dbUrl}
   * (unpacking and building it first if needed) and returns its JVM; see {@link #awaitReady}.
   */
  public static ChildProcess launch(
      Path keycloakDir, Path realmFile, int port, String dbUrl, Path log) {
    Path home = prepare(keycloakDir, log);
    try {
      Path imports = Files.createDirectories(home.resolve("data/import"));
      Files.copy(
          realmFile, imports.resolve("enkat-realm.json"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("could not stage the realm import", e);
    }
    List<String> command =
        List.of(
            home.resolve("bin/kc.sh").toString(),
            "start",
            "--optimized",
            "--http-enabled=true",
            "--http-host=127.0.0.1",
            "--http-port=" + port,
            // the issuer follows the host the client used: http://localhost:<port>/realms/enkat
            "--hostname-strict=false",
            // one node: a local cache, no JGroups cluster discovery and no cluster ports
            "--cache=local",
            "--db-url=" + dbUrl,
            "--db-username=keycloak",
            "--db-password=keycloak",
            "--import-realm");
    ChildProcess script = ChildProcess.start("keycloak", command, environment(), home, log);
    return jvmOf(script);
  }

  /** Waits until the enkat realm's OpenID configuration answers 200. */
  public static void awaitReady(int port, ChildProcess keycloak, Duration timeout) {
    String realm = "http://localhost:" + port + "/realms/enkat/.well-known/openid-configuration";
    Readiness.await("Keycloak on port " + port, keycloak, timeout, () -> Readiness.httpOk(realm));
  }

  /** Demo-only bootstrap admin; the heap stays modest on a 2-core laptop. */
  private static Map<String, String> environment() {
    return Map.of(
        "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
        "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
        "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m",
        "JAVA_HOME", JavaRuntime.home().toString());
  }

  // kc.sh runs the JVM as its child: the JVM's pid is the one to record and to stop.
  private static ChildProcess jvmOf(ChildProcess script) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      var java =
          script
              .handle()
              .descendants()
              .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
              .findFirst();
      if (java.isPresent()) {
        return new ChildProcess(
            "keycloak", java.get(), script.launched(), script.log(), script.logStart());
      }
      if (!script.isAlive()) {
        throw new StackException(
            "kc.sh exited before starting Keycloak. Last lines of "
                + script.log()
                + ":\n"
                + script.logTail(40));
      }
      Readiness.sleep(Duration.ofMillis(100));
    }
    throw new StackException("kc.sh started no Java process within 20 s");
  }

  private static Path prepare(Path keycloakDir, Path log) {
    Path home = distribution(keycloakDir);
    try {
      if (!Files.exists(home.resolve("bin/kc.sh"))) {
        unpack(keycloakDir, home, log);
      }
      Path marker = home.resolve(".enkat-build");
      String wanted = String.join(" ", BUILD_OPTIONS);
      if (!Files.exists(marker) || !Files.readString(marker).equals(wanted)) {
        build(home, log);
        Files.writeString(marker, wanted);
      }
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare Keycloak in " + keycloakDir, e);
    }
  }

  // Unpacks into a scratch directory first, so an interrupted unpack is never taken as done.
  private static void unpack(Path keycloakDir, Path home, Path log) throws IOException {
    Path archive = Path.of(dist().getProperty("archive"));
    if (!Files.exists(archive)) {
      throw new StackException("Keycloak archive " + archive + " is missing: rebuild with Maven");
    }
    Path scratch = Files.createDirectories(keycloakDir.resolve("unpacking"));
    run(
        List.of("tar", "-xzf", archive.toString(), "-C", scratch.toString()),
        keycloakDir,
        log,
        "unpacking Keycloak");
    Files.move(scratch.resolve(home.getFileName()), home, StandardCopyOption.ATOMIC_MOVE);
    Files.delete(scratch);
  }

  private static void build(Path home, Path log) {
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin/kc.sh").toString());
    command.add("build");
    command.addAll(BUILD_OPTIONS);
    run(command, home, log, "building Keycloak");
  }

  private static void run(List<String> command, Path dir, Path log, String what) {
    ChildProcess process = ChildProcess.start("keycloak-setup", command, environment(), dir, log);
    try {
      int exit = process.launched().waitFor();
      if (exit != 0) {
        throw new StackException(
            what
                + " failed (exit "
                + exit
                + "). Last lines of "
                + log
                + ":\n"
                + Logs.tail(log, 30));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StackException("interrupted while " + what, e);
    }
  }

  private static Properties dist() {
    try (InputStream in = KeycloakServer.class.getResourceAsStream("keycloak-dist.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException | NullPointerException e) {
      throw new StackException("keycloak-dist.properties is missing: build with Maven first", e);
    }
  }
}
