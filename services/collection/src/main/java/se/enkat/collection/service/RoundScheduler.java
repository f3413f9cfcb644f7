package se.enkat.collection.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;
import se.enkat.collection.rest.RoundView;
import se.enkat.common.problem.ProblemException;
import se.enkat.messaging.sql.NativeSql;

/**
 * Opens and closes the rounds that asked for it ({@code schedule: {autoOpen, autoClose}}): a DRAFT
 * round on its {@code opensAt}, an OPEN round once the last closing date of every organisation (the
 * round's, or a later extension) has passed. One round per transaction: the due round is picked
 * with {@code FOR UPDATE SKIP LOCKED}, so two instances never take the same round, and the
 * lifecycle's own status check makes a round opened or closed by hand meanwhile a no-op.
 */
@ApplicationScoped
public class RoundScheduler {

  private static final Logger LOG = Logger.getLogger(RoundScheduler.class);
  private static final int MAX_PER_RUN = 50;

  // Round-wide extensions move closes_at itself; organisations' extensions may reach later.
  private static final String DUE =
      """
      select r.id, r.status from survey_round r
      where (r.status = 'DRAFT' and r.auto_open and r.opens_at <= ?1)
         or (r.status = 'OPEN' and r.auto_close
             and greatest(r.closes_at, (select max(e.closes_at) from round_extension e
                                        where e.round_id = r.id)) < ?1)
      order by r.id
      limit 1
      for update of r skip locked
      """;

  private final RoundLifecycleService lifecycle;
  private final RoundClock clock;
  private final AuditService audit;

  RoundScheduler(RoundLifecycleService lifecycle, RoundClock clock, AuditService audit) {
    this.audit = audit;
    this.lifecycle = lifecycle;
    this.clock = clock;
  }

  @Scheduled(
      every = "${enkat.rounds.schedule-every:30s}",
      identity = "round-schedule",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      for (int i = 0; i < MAX_PER_RUN; i++) {
        if (!Boolean.TRUE.equals(VertxContextSupport.subscribeAndAwait(this::runOne))) {
          return;
        }
      }
    } catch (Throwable e) {
      LOG.warnf("Round schedule failed, will try again: %s", e.getMessage());
    }
  }

  /** Opens or closes one due round; emits false when none is due. */
  @WithTransaction
  public Uni<Boolean> runOne() {
    LocalDate today = clock.today();
    return NativeSql.rows(DUE, today)
        .chain(
            (List<Object[]> due) -> {
              if (due.isEmpty()) {
                return Uni.createFrom().item(false);
              }
              String id = (String) due.get(0)[0];
              boolean opening = "DRAFT".equals(due.get(0)[1]);
              LOG.infof("Round %s %s by its schedule", id, opening ? "opens" : "closes");
              Uni<RoundView> change =
                  opening
                      ? lifecycle.open(Caller.scheduler(), id)
                      : lifecycle.close(Caller.scheduler(), id);
              return change
                  .replaceWith(true)
                  .onFailure(ProblemException.class)
                  .recoverWithUni(e -> giveUp(id, opening, e.getMessage()));
            });
  }

  /**
   * A round its schedule cannot open or close (say an empty population) would be picked first on
   * every run: its schedule is switched off and the reason recorded in its audit trail.
   */
  private Uni<Boolean> giveUp(String id, boolean opening, String reason) {
    LOG.warnf(
        "Round %s cannot be %s by its schedule: %s", id, opening ? "opened" : "closed", reason);
    return NativeSql.update(
            opening
                ? "update survey_round set auto_open = false where id = ?1"
                : "update survey_round set auto_close = false where id = ?1",
            id)
        .chain(
            () ->
                audit.record(
                    Caller.scheduler(),
                    id,
                    opening ? "round.schedule_open_failed" : "round.schedule_close_failed",
                    null,
                    reason))
        .replaceWith(true);
  }
}
