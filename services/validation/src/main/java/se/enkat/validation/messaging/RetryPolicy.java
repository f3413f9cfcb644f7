package se.enkat.validation.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import se.enkat.messaging.PoisonMessageException;

/**
 * How a consumer retries: a poison message fails at once (to the dead-letter topic); a transient
 * failure (database down, connection lost, lock or serialization conflict) is retried with backoff
 * for as long as it lasts, holding the partition; any other failure is retried a few times and then
 * treated as poison, so a bug in one message cannot stop the partition for good.
 */
public final class RetryPolicy {

  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final int unexpectedAttempts;

  public RetryPolicy(Duration initialBackoff, Duration maxBackoff, int unexpectedAttempts) {
    this.initialBackoff = initialBackoff;
    this.maxBackoff = maxBackoff;
    this.unexpectedAttempts = unexpectedAttempts;
  }

  public <T> Uni<T> run(Supplier<Uni<? extends T>> work) {
    AtomicInteger unexpected = new AtomicInteger();
    return Uni.createFrom()
        .<T>deferred(work)
        .onFailure(e -> !(e instanceof PoisonMessageException) && !isTransient(e))
        .transform(
            e ->
                unexpected.incrementAndGet() >= unexpectedAttempts
                    ? new PoisonMessageException(
                        "failed " + unexpectedAttempts + " times: " + describe(e), e)
                    : e)
        .onFailure(e -> !(e instanceof PoisonMessageException))
        .retry()
        .withBackOff(initialBackoff, maxBackoff)
        .indefinitely();
  }

  /** Whether retrying later can be expected to succeed: the failure is in the environment. */
  public static boolean isTransient(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof IOException
          || t instanceof TimeoutException
          || t instanceof ClosedConnectionException) {
        return true;
      }
      if (t instanceof PgException pg && transientSqlState(pg.getSqlState())) {
        return true;
      }
      String name = t.getClass().getSimpleName();
      if (name.contains("Connection") || name.contains("Timeout") || name.contains("LockAcq")) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  // 08 connection, 40 rollback (serialization, deadlock), 53 resources, 57 operator intervention,
  // 58 system error, 55P03 lock not available.
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

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
