package se.enkat.collection.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Finds revisions acknowledged (202) but still RECEIVED long after their event was relayed, and
 * relays that same event again (same event id: validation judges it if it never did, and ignores it
 * if it did). It is the safety net behind every other guarantee: whatever lost the judgement on the
 * way (a dead letter since replayed, an operator's manual fix, a bug), an acknowledged submission
 * is not left unjudged. Every {@code enkat.reconcile.every}; a revision is re-announced at most
 * once per {@code enkat.reconcile.received-after}.
 */
@ApplicationScoped
public class ReconciliationService {

  private static final Logger LOG = Logger.getLogger(ReconciliationService.class);

  // The original outbox row is found by its subject, which names the revision.
  private static final String RESEND =
      "update outbox_event o set sent_at = null"
          + " from submission_revision r"
          + " where r.status = 'RECEIVED' and r.submitted_at < now() - make_interval(secs => $1)"
          + " and o.event_type = 'submission.received'"
          + " and o.subject = 'rounds/' || r.round_id || '/submissions/' || r.organisation_code"
          + " || '/revisions/' || r.revision"
          + " and o.sent_at < now() - make_interval(secs => $1)"
          + " returning o.subject";

  private final Pool pool;
  private final Duration receivedAfter;
  private final Counter reannounced;

  ReconciliationService(
      Pool pool,
      MeterRegistry meters,
      @ConfigProperty(name = "enkat.reconcile.received-after", defaultValue = "5m")
          Duration receivedAfter) {
    this.pool = pool;
    this.receivedAfter = receivedAfter;
    this.reannounced =
        Counter.builder("enkat.reconcile.reannounced")
            .description("Revisions still RECEIVED whose submission.received was relayed again")
            .register(meters);
  }

  @Scheduled(
      every = "${enkat.reconcile.every:1m}",
      identity = "reconcile-received",
      delayed = "${enkat.reconcile.every:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return reannounceStuck()
        .onFailure()
        .invoke(e -> LOG.warnf("Reconciliation failed, will try again: %s", e.getMessage()))
        .onFailure()
        .recoverWithItem(0)
        .replaceWithVoid();
  }

  /** Relays again the events of revisions stuck in RECEIVED; emits how many. */
  public Uni<Integer> reannounceStuck() {
    return pool.preparedQuery(RESEND)
        .execute(Tuple.of((double) receivedAfter.toSeconds()))
        .map(
            rows -> {
              int count = rows.rowCount();
              if (count > 0) {
                reannounced.increment(count);
                rows.forEach(
                    row ->
                        LOG.warnf(
                            "Still RECEIVED after %s, announced again: %s",
                            receivedAfter, row.getString("subject")));
              }
              return count;
            });
  }
}
