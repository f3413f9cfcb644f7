package se.enkat.common.problem;

import java.io.IOException;
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
  };

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
      if (knownMessage(t.getMessage())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
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
