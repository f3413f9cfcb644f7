package se.enkat.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A real SMTP server for the local stack: GreenMail's standalone server from Maven Central, on
 * 127.0.0.1 with an SMTP port (services send reminders to it) and its REST API port (tests and
 * people read the received mail: {@code GET /api/user/{address}/messages/INBOX}). Authentication is
 * off, so every address receives mail; mail lives in memory until the server stops.
 */
public final class GreenMailServer {

  private GreenMailServer() {}

  /** Launches the server without waiting for it; see {@link #awaitReady}. */
  public static ChildProcess launch(Path dir, int smtpPort, int apiPort, Path log) {
    Path jar = Path.of(dist().getProperty("jar"));
    if (!Files.exists(jar)) {
      throw new ServerException("GreenMail " + jar + " is missing: rebuild with Maven");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + dir, e);
    }
    return ChildProcess.start(
        "smtp",
        List.of(
            JavaRuntime.javaCommand(),
            "-Xms32m",
            "-Xmx256m",
            "-Djava.awt.headless=true",
            "-Dgreenmail.smtp.hostname=127.0.0.1",
            "-Dgreenmail.smtp.port=" + smtpPort,
            "-Dgreenmail.api.hostname=127.0.0.1",
            "-Dgreenmail.api.port=" + apiPort,
            "-Dgreenmail.auth.disabled",
            "-jar",
            jar.toString()),
        Map.of(),
        dir,
        log);
  }

  /** Waits until the API answers its readiness check (the SMTP server is up by then). */
  public static void awaitReady(int apiPort, ChildProcess server, Duration timeout) {
    String readiness = "http://localhost:" + apiPort + "/api/service/readiness";
    Readiness.await(
        "GreenMail on port " + apiPort, server, timeout, () -> Readiness.httpOk(readiness));
  }

  private static Properties dist() {
    try (InputStream in = GreenMailServer.class.getResourceAsStream("greenmail.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties;
    } catch (IOException | NullPointerException e) {
      throw new ServerException("greenmail.properties is missing: rebuild with Maven");
    }
  }
}
