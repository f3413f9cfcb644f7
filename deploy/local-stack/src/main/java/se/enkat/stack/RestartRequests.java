package se.enkat.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * {@code ./enkat restart NAME} talks to the running supervisor through files: it writes a request
 * id into {@code <home>/requests/restart-NAME}; the supervisor takes the file, restarts the part
 * and answers in {@code restart-NAME.result} with {@code <id> ok <seconds> <pid>} once the part is
 * ready again, or {@code <id> failed <reason>}.
 */
final class RestartRequests {

  private static final String PREFIX = "restart-";
  private static final String RESULT = ".result";

  private final Path dir;
  private final Supervisor supervisor;
  private final Supervised parts;
  private final Consumer<String> log;

  RestartRequests(Path home, Supervisor supervisor, Supervised parts, Consumer<String> log) {
    this.dir = home.resolve("requests");
    this.supervisor = supervisor;
    this.parts = parts;
    this.log = log;
  }

  /** Takes every waiting request and handles each on its own thread. */
  void poll() {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, PREFIX + "*")) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.endsWith(RESULT) || name.endsWith(".tmp")) {
          continue;
        }
        String id = Files.readString(file).trim();
        Files.delete(file);
        String part = name.substring(PREFIX.length());
        new Thread(() -> handle(part, id), "enkat-restart-" + part).start();
      }
    } catch (IOException e) {
      log.accept("could not read restart requests in " + dir + ": " + e.getMessage());
    }
  }

  private void handle(String part, String id) {
    Instant began = Instant.now();
    String answer;
    try {
      supervisor.restart(part);
      long seconds = Duration.between(began, Instant.now()).toSeconds();
      answer = id + " ok " + seconds + " " + parts.pid(part);
    } catch (RuntimeException e) {
      String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
      log.accept("requested restart of " + part + " failed: " + e.getMessage());
      answer = id + " failed " + reason;
    }
    try {
      Path next = dir.resolve(PREFIX + part + RESULT + ".tmp");
      Files.writeString(next, answer + "\n");
      Files.move(next, dir.resolve(PREFIX + part + RESULT), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("could not answer the restart request for " + part, e);
    }
  }
}
