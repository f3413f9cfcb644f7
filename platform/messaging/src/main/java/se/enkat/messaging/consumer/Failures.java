package se.enkat.messaging.consumer;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import se.enkat.messaging.PoisonMessageException;

/**
 * Tells a failure in the environment (database down or restarting, a connection lost, the service
 * itself shutting down) from a failure of the message. Only the second may ever send a message to a
 * dead-letter topic: retrying later can be expected to fix the first.
 */
public final class Failures {

  // Messages of failures that have no type of their own: Vert.x reports a closed pool with a
  // NoStackTraceThrowable("Pool closed"), a closed client with IllegalStateException.
  private static final String[] TRANSIENT_MESSAGES = {
    "pool closed",
    "client is closed",
    "connection is closed",
    "connection refused",
    "connection reset",
    "closed connection",
    "broken pipe",
    "the database system is starting up",
    "the database system is shutting down",
    "terminating connection",
    "timeout",
    "timed out",
    "shut down",
    "shutting down",
    "vert.x is closed",
  };

  private Failures() {}

  /** True for a message no retry can fix. */
  public static boolean isPoison(Throwable failure) {
    return failure instanceof PoisonMessageException;
  }

  /** Whether retrying later can be expected to succeed: the failure is in the environment. */
  public static boolean isTransient(Throwable failure) {
    int depth = 0;
    for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
      if (t instanceof PoisonMessageException) {
        return false;
      }
      if (t instanceof IOException
          || t instanceof TimeoutException
          || t instanceof ClosedConnectionException
          || t instanceof RejectedExecutionException
          || t instanceof InterruptedException) {
        return true;
      }
      if (t instanceof PgException pg && transientSqlState(pg.getSqlState())) {
        return true;
      }
      if (transientByName(t) || transientByMessage(t.getMessage())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static boolean transientByName(Throwable t) {
    String name = t.getClass().getSimpleName();
    return name.contains("Connection")
        || name.contains("Timeout")
        || name.contains("LockAcq")
        || name.equals("RetriableException")
        || t instanceof org.apache.kafka.common.errors.RetriableException;
  }

  private static boolean transientByMessage(String message) {
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    for (String known : TRANSIENT_MESSAGES) {
      if (lower.contains(known)) {
        return true;
      }
    }
    return false;
  }

  // 08 connection, 40 rollback (serialization, deadlock), 53 resources, 57 operator intervention
  // (admin shutdown, crash shutdown, cannot connect now), 58 system error, 55P03 lock not
  // available.
  private static boolean transientSqlState(String state) {
    if (state == null || state.length() < 2) {
      return false;
    }
    String cls = state.substring(0, 2);
    return cls.equals("08")
        || cls.equals("40")
        || cls.equals("53")
        || cls.equals("57")
        || cls.equals("58")
        || state.equals("55P03");
  }

  /** A short description for logs and dead-letter reasons: the message, or the type. */
  public static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
