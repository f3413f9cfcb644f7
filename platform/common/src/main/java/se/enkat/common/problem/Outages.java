package se.enkat.common.problem;

import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Tells a failure of something the service depends on (the database down or restarting, a
 * connection lost or refused, a pool closed by a shutdown) from any other: the first is answered
 * with 503 and {@code Retry-After}, and consumers retry it, because waiting will fix it.
 */
public final class Outages {

  // Failures that have no type of their own: Vert.x reports a closed pool with a
  // NoStackTraceThrowable("Pool closed"), a closed client with IllegalStateException.
  private static final String[] MESSAGES = {
    "pool closed",
    "client is closed",
    "connection is closed",
    "connection refused",
    "connection reset",
    "closed connection",
    "broken pipe",
    "the database system is starting up",
    "the database system is shutting down",
    "the database system is in recovery mode",
    "terminating connection",
    "timeout",
    "timed out",
    "shut down",
    "shutting down",
    "vert.x is closed",
    // quarkus-oidc when Keycloak cannot be reached to fetch the realm's metadata or keys
    "oidc server is not available",
  };

  /**
   * PostgreSQL's SQLSTATEs for "not now": class 08 (connection exception), 57P01 admin_shutdown,
   * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, in recovery, "not yet accepting
   * connections", shutting down) and 53300 too_many_connections. The code, not the message: the
   * message varies between versions and with the server's {@code lc_messages}.
   */
  private static final String[] SQL_STATES = {"08", "57P01", "57P02", "57P03", "53300"};

  private static final int MAX_CAUSES = 20;

  private Outages() {}

  /** True when the failure, or one of its causes, is an outage of something depended on. */
  public static boolean isOutage(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < MAX_CAUSES; t = t.getCause(), depth++) {
      if (t instanceof IOException
          || t instanceof TimeoutException
          || t instanceof RejectedExecutionException
          || t instanceof InterruptedException) {
        return true;
      }
      String name = t.getClass().getSimpleName();
      if (name.contains("Connection") || name.contains("Timeout") || name.contains("LockAcq")) {
        return true;
      }
      if (unavailableSqlState(t) || knownMessage(t.getMessage())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static boolean unavailableSqlState(Throwable t) {
    String state =
        t instanceof DatabaseException database
            ? database.getSqlState()
            : t instanceof SQLException sql ? sql.getSQLState() : null;
    if (state == null) {
      return false;
    }
    for (String known : SQL_STATES) {
      if (state.startsWith(known)) {
        return true;
      }
    }
    return false;
  }

  private static boolean knownMessage(String message) {
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    for (String known : MESSAGES) {
      if (lower.contains(known)) {
        return true;
      }
    }
    return false;
  }
}
