package se.enkat.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import se.enkat.servers.ChildProcess;
import se.enkat.servers.GreenMailServer;
import se.enkat.servers.Ports;

/**
 * Gives a {@code @QuarkusTest} a real SMTP server: the local stack's GreenMail standalone server,
 * started once per JVM on free ports and stopped by a shutdown hook. Sets {@code
 * quarkus.mailer.host/port} and {@code enkat.test.smtp-api} (the base URL of GreenMail's API, where
 * a test reads the received mail: {@link #messagesUrl}).
 */
public class SmtpTestResource implements QuarkusTestResourceLifecycleManager {

  private static int smtpPort;
  private static int apiPort;

  @Override
  public Map<String, String> start() {
    ensureStarted();
    return Map.of(
        "quarkus.mailer.host",
        "127.0.0.1",
        "quarkus.mailer.port",
        String.valueOf(smtpPort),
        "enkat.test.smtp-api",
        apiUrl());
  }

  /** The base URL of the API of the shared GreenMail server. */
  public static synchronized String apiUrl() {
    ensureStarted();
    return "http://localhost:" + apiPort;
  }

  /**
   * Where the API lists what an address received: JSON [{uid, Message-ID, subject, contentType,
   * mimeMessage}].
   */
  public static String messagesUrl(String address) {
    return apiUrl() + "/api/user/" + address + "/messages/INBOX";
  }

  private static synchronized void ensureStarted() {
    if (apiPort != 0) {
      return;
    }
    int smtp = Ports.freePort();
    int api = Ports.freePort();
    Path dir;
    try {
      dir = Files.createTempDirectory("enkat-test-smtp");
    } catch (IOException e) {
      throw new IllegalStateException("no temporary directory for GreenMail", e);
    }
    ChildProcess server = GreenMailServer.launch(dir, smtp, api, dir.resolve("smtp.log"));
    GreenMailServer.awaitReady(api, server, Duration.ofSeconds(60));
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> server.stop(Duration.ofSeconds(10)), "enkat-test-smtp-stop"));
    smtpPort = smtp;
    apiPort = api;
  }

  @Override
  public void stop() {}
}
