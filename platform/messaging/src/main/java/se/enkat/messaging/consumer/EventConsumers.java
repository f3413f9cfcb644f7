package se.enkat.messaging.consumer;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import se.enkat.messaging.CrashPoints;
import se.enkat.messaging.DeadLetters;
import se.enkat.messaging.MessageSpans;

/**
 * The consumer kit every service's consumers are built from: handlers by event type, batch
 * handlers, the one retry policy (settings {@code enkat.consumer.*}), and the health of each
 * consumer. It learns first of the service's shutdown, so nothing is dead-lettered because of it.
 */
@ApplicationScoped
public class EventConsumers {

  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

  private final ConsumerConfig config;
  private final Pool pool;
  private final DeadLetters deadLetters;
  private final ConsumerHealth health = new ConsumerHealth(Clock.systemUTC());
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final RetryPolicy retry;
  private final Runnable afterCommit;
  private final MessageSpans spans;

  EventConsumers(
      ConsumerConfig config,
      Pool pool,
      DeadLetters deadLetters,
      CrashPoints crashPoints,
      MessageSpans spans) {
    this.config = config;
    this.spans = spans;
    this.pool = pool;
    this.deadLetters = deadLetters;
    this.retry =
        new RetryPolicy(
            new RetryPolicy.Settings(
                config.initialBackoff(), config.maxBackoff(), config.unexpectedAttempts()),
            this::databaseAnswers,
            stopping::get,
            health);
    this.afterCommit = () -> crashPoints.reached(CrashPoints.CONSUMER_AFTER_COMMIT);
  }

  /** Handlers for the consumer named {@code consumer} (its name in health and logs). */
  public EventHandlers handlers(String consumer) {
    return new EventHandlers(consumer, retry, afterCommit, spans);
  }

  /** A batch handler: decode each record, apply the batch's values in one effect. */
  public <T> BatchHandler<T> batch(
      String consumer, BatchHandler.Decoder<T> decoder, Function<List<T>, Uni<Void>> effect) {
    return new BatchHandler<>(consumer, retry, deadLetters, decoder, effect, afterCommit, spans);
  }

  public ConsumerHealth health() {
    return health;
  }

  public Duration stuckAfter() {
    return config.stuckAfter();
  }

  /** True once the service has begun to shut down. */
  public boolean stopping() {
    return stopping.get();
  }

  // Before anything else is stopped: from now on a failure is the shutdown's, never the message's.
  void onStop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
    stopping.set(true);
  }

  private Uni<Boolean> databaseAnswers() {
    return pool.query("select 1")
        .execute()
        .map(rows -> true)
        .ifNoItem()
        .after(PROBE_TIMEOUT)
        .recoverWithItem(false)
        .onFailure()
        .recoverWithItem(false);
  }
}
