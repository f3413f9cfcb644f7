package se.enkat.messaging;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent only after Kafka acknowledged
 * them (acks=all, idempotent producer). A crash in between republishes the rows on the next run;
 * consumers deduplicate by event id.
 */
@ApplicationScoped
public class OutboxRelay {

  private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

  private static final String SELECT_UNSENT =
      "select id, topic, event_key, event_type, source, subject, event_time, payload"
          + " from outbox_event where sent_at is null order by seq limit $1"
          + " for update skip locked";
  private static final String MARK_SENT =
      "update outbox_event set sent_at = now() where id = any($1)";
  private static final String PURGE_SENT =
      "delete from outbox_event where sent_at < now() - make_interval(days => $1)";

  private final Pool pool;
  private final KafkaProducer<String, String> producer;
  private final OutboxConfig config;
  private final AtomicBoolean paused = new AtomicBoolean();
  private final AtomicBoolean running = new AtomicBoolean();
  private final Duration pollInterval;
  private Long timer;

  OutboxRelay(
      Pool pool,
      OutboxProducer producer,
      OutboxConfig config,
      @ConfigProperty(name = "enkat.outbox.poll-interval", defaultValue = "0.1s")
          Duration pollInterval) {
    this.pool = pool;
    this.producer = producer.get();
    this.config = config;
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
    return relayBatch()
        .chain(
            n ->
                n < config.batchSize()
                    ? Uni.createFrom().item(n)
                    : relayUntilEmpty().map(m -> n + m));
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

  private Uni<Integer> relayBatch() {
    Context context = Vertx.currentContext();
    return pool.withTransaction(
        connection ->
            connection
                .preparedQuery(SELECT_UNSENT)
                .execute(Tuple.of(config.batchSize()))
                .chain(rows -> publish(rows, context))
                .chain(ids -> markSent(connection, ids)));
  }

  private Uni<List<UUID>> publish(RowSet<Row> rows, Context context) {
    List<Uni<UUID>> sends = new ArrayList<>();
    for (Row row : rows) {
      sends.add(send(row));
    }
    if (sends.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    Uni<List<UUID>> all = Uni.join().all(sends).andFailFast();
    // Kafka completes sends on its own I/O thread; the SQL that follows belongs on the context.
    return context == null ? all : all.emitOn(command -> context.runOnContext(v -> command.run()));
  }

  private Uni<UUID> send(Row row) {
    ProducerRecord<String, String> record = OutboxRecords.toRecord(row);
    UUID id = row.getUUID("id");
    return Uni.createFrom()
        .emitter(
            emitter ->
                producer.send(
                    record,
                    (metadata, error) -> {
                      if (error != null) {
                        emitter.fail(error);
                      } else {
                        emitter.complete(id);
                      }
                    }));
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
