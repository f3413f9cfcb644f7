package se.enkat.messaging.consumer;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import se.enkat.common.problem.Outages;
import se.enkat.messaging.PoisonMessageException;

/**
 * Tells a failure in the environment (database down or restarting, a connection lost, the service
 * itself shutting down) from a failure of the message. Only the second may ever send a message to a
 * dead-letter topic: retrying later can be expected to fix the first.
 */
public final class Failures {

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
      if (t instanceof ClosedConnectionException
          || t instanceof org.apache.kafka.common.errors.RetriableException) {
        return true;
      }
      if (t instanceof PgException pg && transientSqlState(pg.getSqlState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Outages.isOutage(failure);
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
