package se.enkat.messaging;

import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent only after Kafka acknowledged
 * them (acks=all, idempotent producer). A crash in between republishes the rows on the next run;
 * consumers deduplicate by event id. With several instances of a service only one relays at a time
 * (a transaction-scoped PostgreSQL advisory lock per batch), so a later event for a key never
 * overtakes an earlier one.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  // Between bursts a poll finds nothing: one auto-committed statement says so, instead of a
  // transaction with the relay lock and the locking select (four round trips, ten times a second in
  // every service with an outbox).
  private static final String ANY_UNSENT =
      "select exists (select 1 from outbox_event where sent_at is null and failed_at is null)"
          + " as waiting";
  private static final String SELECT_UNSENT =
      "select id, topic, event_key, event_type, source, subject, event_time, payload,"
          + " traceparent, tracestate from outbox_event where sent_at is null and failed_at is null order by seq limit $1"
          + " for update skip locked";
  // One relay per database at a time: an instance that skipped the rows another one holds would
  // publish the later events of the same key first. Held for one batch (it goes with the
  // transaction, also when the holder dies), so another instance takes over at its next poll.
  private static final String TAKE_RELAY_LOCK = "select pg_try_advisory_xact_lock($1) as taken";
  static final long RELAY_LOCK = 0x656e6b61745f6f62L; // "enkat_ob"
  private static final String MARK_SENT =
      "update outbox_event set sent_at = now() where id = any($1)";
  private static final String SET_ASIDE =
      "update outbox_event set failed_at = now(), failure = $2 where id = $1";
  private static final String PURGE_SENT =
      "delete from outbox_event where sent_at < now() - make_interval(days => $1)";

  private final Pool pool;
  private final KafkaProducer<String, String> producer;
  private final AtomicLong standbyPolls = new AtomicLong();
  private final OutboxConfig config;
  private final CrashPoints crashPoints;
  private final MessageSpans spans;
  private final AtomicBoolean paused = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicLong setAsideCount = new AtomicLong();
  private final Duration pollInterval;
  private Long timer;

  OutboxRelay(
      Pool pool,
      OutboxProducer producer,
      OutboxConfig config,
      CrashPoints crashPoints,
      MessageSpans spans,
      @ConfigProperty(name = "enkat.outbox.poll-interval", defaultValue = "0.1s")
          Duration pollInterval) {
    this.pool = pool;
    this.producer = producer.get();
    this.config = config;
    this.crashPoints = crashPoints;
    this.spans = spans;
    this.pollInterval = pollInterval;
  }

  // A Vert.x timer, not @Scheduled: Quarkus' scheduler runs nothing more often than once a
  // second, which alone would add up to a second to every event's latency.
  void onStart(@Observes StartupEvent event, io.vertx.core.Vertx vertx) {
    timer = vertx.setPeriodic(Math.max(10, pollInterval.toMillis()), id -> relayScheduled());
  }

  /** One poll; skipped while the previous one still runs, or while paused. */
  void relayScheduled() {
    if (paused.get() || !config.enabled() || !running.compareAndSet(false, true)) {
      return;
    }
    relayUntilEmpty()
        .onFailure()
        .invoke(e -> LOG.warnf("Outbox relay failed, will retry: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .onTermination()
        .invoke(() -> running.set(false))
        .subscribe()
        .with(published -> {}, failure -> {});
  }

  /** Publishes batches until nothing is left; emits how many events were published. */
  public Uni<Integer> relayUntilEmpty() {
    return pool.preparedQuery(ANY_UNSENT)
        .execute()
        .chain(
            rows ->
                rows.iterator().next().getBoolean("waiting")
                    ? relayFullBatches()
                    : Uni.createFrom().item(0));
  }

  /** Batch after batch while they come full: after a full one there is no need to ask first. */
  private Uni<Integer> relayFullBatches() {
    return relayLockedBatch(Vertx.currentContext())
        .chain(
            n ->
                n < config.batchSize()
                    ? Uni.createFrom().item(n)
                    : relayFullBatches().map(m -> n + m));
  }

  /** Stops publishing (the rows stay in the outbox); for tests that simulate a relay crash. */
  public void pause() {
    paused.set(true);
  }

  public void resume() {
    paused.set(false);
  }

  @Scheduled(every = "1h", identity = "outbox-purge", delayed = "1m")
  Uni<Void> purgeSent() {
    return pool.preparedQuery(PURGE_SENT)
        .execute(Tuple.of(config.retentionDays()))
        .replaceWithVoid();
  }

  /** Polls that found another instance relaying (this one stood by); for tests and metrics. */
  public long standbyPolls() {
    return standbyPolls.get();
  }

  private Uni<Integer> relayLockedBatch(Context context) {
    return pool.withTransaction(
        connection ->
            connection
                .preparedQuery(TAKE_RELAY_LOCK)
                .execute(Tuple.of(RELAY_LOCK))
                .chain(
                    taken ->
                        taken.iterator().next().getBoolean("taken")
                            ? relayBatch(connection, context)
                            : standBy()));
  }

  private Uni<Integer> standBy() {
    standbyPolls.incrementAndGet();
    return Uni.createFrom().item(0);
  }

  private Uni<Integer> relayBatch(SqlConnection connection, Context context) {
    return connection
        .preparedQuery(SELECT_UNSENT)
        .execute(Tuple.of(config.batchSize()))
        .chain(rows -> publish(rows, context))
        .invoke(
            outcomes -> {
              if (!outcomes.isEmpty()) {
                crashPoints.reached(CrashPoints.RELAY_AFTER_ACK);
              }
            })
        .chain(outcomes -> record(connection, outcomes));
  }

  private Uni<List<Outcome>> publish(RowSet<Row> rows, Context context) {
    List<Uni<Outcome>> sends = new ArrayList<>();
    for (Row row : rows) {
      sends.add(send(row));
    }
    if (sends.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    Uni<List<Outcome>> all =
        Uni.join()
            .all(sends)
            // Every send settles before the transaction (and the relay lock) ends: a send still
            // in flight must not land after what the next holder of the lock publishes.
            .andCollectFailures()
            // send() may block while the broker's metadata is unknown: never on the event loop.
            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    // Kafka completes sends on its own I/O thread; the SQL that follows belongs on the context.
    return context == null ? all : all.emitOn(command -> context.runOnContext(v -> command.run()));
  }

  /** A row sent, or set aside with the reason Kafka can never take it. */
  private record Outcome(UUID id, String failure) {}

  private Uni<Outcome> send(Row row) {
    UUID id = row.getUUID("id");
    ProducerRecord<String, String> record = OutboxRecords.toRecord(row);
    return Uni.createFrom()
        .<Outcome>emitter(
            emitter -> {
              // the trace of the request that wrote the row goes on here, and on to the consumer
              Span span = spans.send(record, OutboxRecords.trace(row), row.getString("event_type"));
              try {
                producer.send(
                    record,
                    (metadata, error) -> {
                      MessageSpans.sent(span, error);
                      settle(emitter, id, error);
                    });
              } catch (RuntimeException e) {
                // send() itself throws what it finds before sending (a record too large, say)
                MessageSpans.sent(span, e);
                settle(emitter, id, e);
              }
            });
  }

  /** Sent; set aside when Kafka will never take it; otherwise failed, so the batch is retried. */
  private static void settle(UniEmitter<? super Outcome> emitter, UUID id, Exception error) {
    if (error == null) {
      emitter.complete(new Outcome(id, null));
    } else if (OutboxRejections.isPermanent(error)) {
      emitter.complete(new Outcome(id, OutboxRejections.describe(error)));
    } else {
      emitter.fail(error);
    }
  }

  private Uni<Integer> record(SqlConnection connection, List<Outcome> outcomes) {
    List<UUID> sent = new ArrayList<>();
    List<Tuple> setAside = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      if (outcome.failure() == null) {
        sent.add(outcome.id());
      } else {
        LOG.errorf(
            "Outbox row %s set aside, Kafka will never take it: %s",
            outcome.id(), outcome.failure());
        setAside.add(Tuple.of(outcome.id(), outcome.failure()));
      }
    }
    Uni<Void> asides =
        setAside.isEmpty()
            ? Uni.createFrom().voidItem()
            : connection
                .preparedQuery(SET_ASIDE)
                .executeBatch(setAside)
                .invoke(() -> setAsideCount.addAndGet(setAside.size()))
                .replaceWithVoid();
    return asides.chain(() -> markSent(connection, sent)).map(n -> outcomes.size());
  }

  private Uni<Integer> markSent(SqlConnection connection, List<UUID> ids) {
    if (ids.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    return connection
        .preparedQuery(MARK_SENT)
        .execute(Tuple.of(ids.toArray(UUID[]::new)))
        .map(result -> ids.size());
  }

  void onStop(@Observes ShutdownEvent event, io.vertx.core.Vertx vertx) {
    paused.set(true);
    if (timer != null) {
      vertx.cancelTimer(timer);
    }
  }
}
