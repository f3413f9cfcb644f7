package se.enkat.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** An embedded PostgreSQL 17 server (zonky) whose data directory survives restarts. */
public final class PostgresServer implements AutoCloseable {

  private final EmbeddedPostgres postgres;
  private final long pid;

  private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
    this.postgres = postgres;
    this.pid = postmasterPid(dataDir);
  }

  /** Starts the server on {@code port}; runs initdb only when {@code dataDir} is new. */
  public static PostgresServer start(Path dataDir, int port, Path log) {
    try {
      Files.createDirectories(dataDir);
      Files.createDirectories(log.getParent());
      ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      // for profiling (docs/benchmarks/submissions.md): what each statement costs, per database
      if (System.getenv("ENKAT_PG_STATEMENTS") != null) {
        builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
        builder.setServerConfig("pg_stat_statements.track", "all");
      }
      EmbeddedPostgres postgres =
          builder
              .setDataDirectory(dataDir)
              .setCleanDataDirectory(false)
              .setPort(port)
              .setServerConfig("listen_addresses", "127.0.0.1")
              // zonky turns this off for speed; the services rely on committed meaning durable
              .setServerConfig("synchronous_commit", "on")
              .setPGStartupWait(Duration.ofSeconds(60))
              .setOutputRedirector(toLog)
              .setErrorRedirector(toLog)
              .start();
      return new PostgresServer(postgres, dataDir);
    } catch (IOException e) {
      throw new ServerException(
          "PostgreSQL did not start on port "
              + port
              + ". Last lines of "
              + log
              + ":\n"
              + Logs.tail(log, 30),
          e);
    } catch (RuntimeException e) {
      throw new ServerException(
          "PostgreSQL did not start on port "
              + port
              + ": "
              + e.getMessage()
              + ". Last lines of "
              + log
              + ":\n"
              + Logs.tail(log, 30),
          e);
    }
  }

  public int port() {
    return postgres.getPort();
  }

  /** The postmaster's pid, as PostgreSQL recorded it in its data directory when it started. */
  public long pid() {
    return pid;
  }

  /** Whether the postmaster still runs (it is not the supervisor's child: no exit code). */
  public boolean isAlive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }

  private static long postmasterPid(Path dataDir) {
    try {
      String first = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0);
      return Long.parseLong(first.trim());
    } catch (IOException e) {
      throw new UncheckedIOException("no postmaster.pid in " + dataDir, e);
    }
  }

  /**
   * Stops the server (pg_ctl stop, fast mode); on a server that died already it only releases the
   * data directory's lock, so a new one can start on it.
   */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
    }
  }
}
