package se.enkat.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Watches the outbox: how many rows wait to be sent and how old the oldest is (the relay's lag),
 * and how many were set aside because Kafka will never take them. Prometheus gauges {@code
 * enkat_outbox_unsent}, {@code enkat_outbox_lag_seconds}, {@code enkat_outbox_set_aside}; readiness
 * DOWN while the oldest unsent row is older than {@code enkat.outbox.stuck-after} (default 60 s),
 * with the set-aside rows listed in its data (an operator lists them with {@code ./enkat outbox}).
 */
@Readiness
@ApplicationScoped
public class OutboxMonitor implements HealthCheck {

  private static final String READ =
      "select count(*) filter (where sent_at is null and failed_at is null) as unsent,"
          + " coalesce(extract(epoch from now() - min(created_at)"
          + " filter (where sent_at is null and failed_at is null)), 0) as lag,"
          + " count(*) filter (where failed_at is not null) as set_aside"
          + " from outbox_event where sent_at is null";

  /** The last reading; {@code read} false until the first one, or when the database failed. */
  record Reading(boolean read, long unsent, double lagSeconds, long setAside) {}

  private final Pool pool;
  private final Duration stuckAfter;
  private final AtomicReference<Reading> last = new AtomicReference<>(new Reading(false, 0, 0, 0));

  OutboxMonitor(
      Pool pool,
      MeterRegistry meters,
      @ConfigProperty(name = "enkat.outbox.stuck-after", defaultValue = "60s")
          Duration stuckAfter) {
    this.pool = pool;
    this.stuckAfter = stuckAfter;
    Gauge.builder("enkat.outbox.unsent", last, r -> r.get().unsent())
        .description("Outbox rows not yet relayed to Kafka")
        .register(meters);
    Gauge.builder("enkat.outbox.lag.seconds", last, r -> r.get().lagSeconds())
        .description("Age of the oldest outbox row not yet relayed")
        .register(meters);
    Gauge.builder("enkat.outbox.set.aside", last, r -> r.get().setAside())
        .description("Outbox rows set aside because Kafka will never take them")
        .register(meters);
  }

  @Scheduled(every = "5s", identity = "outbox-monitor")
  Uni<Void> read() {
    return pool.query(READ)
        .execute()
        .map(rows -> rows.iterator().next())
        .invoke(row -> last.set(reading(row)))
        .onFailure()
        .invoke(e -> last.set(new Reading(false, 0, 0, last.get().setAside())))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  private static Reading reading(Row row) {
    return new Reading(
        true, row.getLong("unsent"), row.getNumeric("lag").doubleValue(), row.getLong("set_aside"));
  }

  @Override
  public HealthCheckResponse call() {
    Reading reading = last.get();
    boolean stuck = reading.read() && reading.lagSeconds() > stuckAfter.toSeconds();
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("enkat outbox")
            .status(!stuck)
            .withData("unsent", reading.unsent())
            .withData("oldestUnsentSeconds", Math.round(reading.lagSeconds()))
            .withData("setAside", reading.setAside());
    return response.build();
  }
}
