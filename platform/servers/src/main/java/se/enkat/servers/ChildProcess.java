package se.enkat.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A server the stack started as an operating-system process, with the log it writes to.
 *
 * <p>{@code handle} is the process that matters (for Keycloak the JVM, not its start script);
 * {@code launched} is what we started, which may be its parent.
 */
public record ChildProcess(
    String name, ProcessHandle handle, Process launched, Path log, long logStart) {

  /** Starts a command with its output appended to {@code log}. */
  public static ChildProcess start(
      String name, List<String> command, Map<String, String> env, Path workDir, Path log) {
    try {
      Files.createDirectories(log.getParent());
      long logStart = Files.exists(log) ? Files.size(log) : 0;
      ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
      builder.environment().putAll(env);
      builder.redirectErrorStream(true);
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      // a child that reads stdin must never block on the supervisor's terminal
      builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      Process process = builder.start();
      return new ChildProcess(name, process.toHandle(), process, log, logStart);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name + ": " + command.get(0), e);
    }
  }

  public long pid() {
    return handle.pid();
  }

  public boolean isAlive() {
    return handle.isAlive();
  }

  /**
   * Asks the process to stop (SIGTERM), and kills it when it has not stopped after {@code grace}.
   */
  public void stop(Duration grace) {
    stopHandle(handle, grace);
    if (launched.toHandle().pid() != handle.pid()) {
      stopHandle(launched.toHandle(), Duration.ofSeconds(5));
    }
  }

  /** This run's first error line and last lines of the log, for error messages. */
  public String logTail(int lines) {
    return Logs.report(log, logStart, lines);
  }

  static void stopHandle(ProcessHandle process, Duration grace) {
    if (!process.isAlive()) {
      return;
    }
    CompletableFuture<ProcessHandle> exited = process.onExit();
    process.destroy();
    try {
      exited.get(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      process.destroyForcibly();
      exited.orTimeout(5, TimeUnit.SECONDS).exceptionally(t -> null).join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    } catch (ExecutionException e) {
      throw new IllegalStateException("waiting for " + process.pid() + " failed", e);
    }
  }
}
