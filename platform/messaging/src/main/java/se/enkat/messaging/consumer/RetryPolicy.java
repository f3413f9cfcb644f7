package se.enkat.messaging.consumer;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import se.enkat.messaging.PoisonMessageException;

/**
 * The one way every consumer retries. A poison message fails at once (to the dead-letter topic). A
 * failure in the environment ({@link Failures#isTransient}) is retried with back-off for as long as
 * it lasts, holding the partition. Any other failure is retried a few times and then treated as
 * poison, so one bad message cannot stop a partition for good, but only while the database answers:
 * an unrecognised failure while it does not is the outage's, not the message's. While the service
 * shuts down nothing is ever dead-lettered: the record is abandoned without committing its offset
 * and is redelivered after the restart.
 */
public final class RetryPolicy {

  private static final Logger LOG = Logger.getLogger(RetryPolicy.class);

  /** Back-off bounds and how many unrecognised failures make a message poison. */
  public record Settings(Duration initialBackoff, Duration maxBackoff, int unexpectedAttempts) {

    public static Settings defaults() {
      return new Settings(Duration.ofMillis(100), Duration.ofSeconds(10), 5);
    }
  }

  private final Settings settings;
  private final Supplier<Uni<Boolean>> databaseAnswers;
  private final BooleanSupplier shuttingDown;
  private final ConsumerHealth health;

  public RetryPolicy(
      Settings settings,
      Supplier<Uni<Boolean>> databaseAnswers,
      BooleanSupplier shuttingDown,
      ConsumerHealth health) {
    this.settings = settings;
    this.databaseAnswers = databaseAnswers;
    this.shuttingDown = shuttingDown;
    this.health = health;
  }

  /**
   * Runs the work until it succeeds or proves poison. {@code consumer} names the channel in health
   * and logs; {@code what} names the message in logs.
   */
  public <T> Uni<T> run(String consumer, String what, Supplier<Uni<? extends T>> work) {
    AtomicInteger unexpected = new AtomicInteger();
    AtomicInteger attempts = new AtomicInteger();
    return Uni.createFrom()
        .<T>deferred(work)
        .onFailure()
        .recoverWithUni(e -> this.<T>classify(e, unexpected))
        .onFailure(e -> !Failures.isPoison(e))
        .invoke(e -> failedOnce(consumer, what, e, attempts.incrementAndGet()))
        .onFailure(e -> !Failures.isPoison(e))
        .retry()
        .withBackOff(settings.initialBackoff(), settings.maxBackoff())
        .indefinitely()
        .invoke(() -> recovered(consumer, what, attempts.get()))
        .onFailure()
        .recoverWithUni(this::abandonWhileShuttingDown);
  }

  /** Fails with the same failure (to be retried) or with a poison one (to be dead-lettered). */
  private <T> Uni<T> classify(Throwable e, AtomicInteger unexpected) {
    if (shuttingDown.getAsBoolean()) {
      // Whatever failed, the service's own shutdown is the likeliest cause: never poison now.
      return Uni.createFrom().failure(new ShuttingDownException(e));
    }
    if (Failures.isPoison(e) || Failures.isTransient(e)) {
      return Uni.createFrom().failure(e);
    }
    if (unexpected.incrementAndGet() < settings.unexpectedAttempts()) {
      return Uni.createFrom().failure(e);
    }
    return databaseAnswers
        .get()
        .onFailure()
        .recoverWithItem(false)
        .chain(
            answers -> {
              if (!answers) {
                unexpected.set(0);
                return Uni.createFrom().failure(e);
              }
              return Uni.createFrom()
                  .failure(
                      new PoisonMessageException(
                          "failed "
                              + settings.unexpectedAttempts()
                              + " times: "
                              + Failures.describe(e),
                          e));
            });
  }

  private <T> Uni<T> abandonWhileShuttingDown(Throwable e) {
    // Failures are retried for ever, so what reaches here is poison, or the retry itself failing
    // (its back-off timer refused by an executor that is shutting down).
    if (shuttingDown.getAsBoolean() && !(e instanceof PoisonMessageException)) {
      // Never completes: the offset is not committed, the record comes again after the restart.
      return Uni.createFrom().nothing();
    }
    return Uni.createFrom().failure(e);
  }

  private void failedOnce(String consumer, String what, Throwable e, int attempt) {
    health.failing(consumer, Failures.describe(e));
    // The first failure and then every tenth: an outage of minutes must not flood the log.
    if (attempt == 1 || attempt % 10 == 0) {
      LOG.warnf(
          "%s: %s failed (attempt %d), will retry: %s",
          consumer, what, attempt, Failures.describe(e));
    }
  }

  private void recovered(String consumer, String what, int failedAttempts) {
    health.succeeded(consumer);
    if (failedAttempts > 0) {
      LOG.infof("%s: %s applied after %d failed attempts", consumer, what, failedAttempts);
    }
  }

  /** A failure seen while the service was stopping. */
  static final class ShuttingDownException extends RuntimeException {
    ShuttingDownException(Throwable cause) {
      super("shutting down: " + Failures.describe(cause), cause);
    }
  }
}
