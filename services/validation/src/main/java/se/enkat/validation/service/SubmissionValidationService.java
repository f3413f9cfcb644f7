package se.enkat.validation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;
import se.enkat.messaging.ProcessedEvents;
import se.enkat.validation.domain.RoundContext;
import se.enkat.validation.repository.PendingSubmissionRepository;
import se.enkat.validation.repository.PendingSubmissionRepository.ToPark;
import se.enkat.validation.repository.RoundRepository;
import se.enkat.validation.service.VerdictRecorder.ToJudge;

/**
 * Applies submission.received exactly once, a batch at a time: a verdict and its event for each
 * submission, or a parked row when its round is not known yet. A batch is one transaction: it
 * records the event ids, the verdicts, their events and the parked rows, or none of these. Applying
 * a batch gives exactly what applying its events one by one gives.
 */
@ApplicationScoped
public class SubmissionValidationService {

  /** The consumer name under which this service records consumed event ids. */
  public static final String CONSUMER = "validation";

  private static final Logger LOG = Logger.getLogger(SubmissionValidationService.class);

  private final ProcessedEvents processedEvents;
  private final RoundRegistry registry;
  private final RoundRepository rounds;
  private final PendingSubmissionRepository pending;
  private final VerdictRecorder recorder;

  SubmissionValidationService(
      ProcessedEvents processedEvents,
      RoundRegistry registry,
      RoundRepository rounds,
      PendingSubmissionRepository pending,
      VerdictRecorder recorder) {
    this.processedEvents = processedEvents;
    this.registry = registry;
    this.rounds = rounds;
    this.pending = pending;
    this.recorder = recorder;
  }

  /**
   * Judges or parks a batch of submissions (in partition order) in one transaction with the record
   * of their event ids. A redelivered event, or the second of two equal ids, changes nothing.
   */
  public Uni<Void> apply(List<ReceivedSubmission> batch) {
    return Panache.withTransaction(
        () ->
            processedEvents
                .firstDeliveriesOf(CONSUMER, batch, ReceivedSubmission::eventId)
                .chain(
                    first -> {
                      if (first.size() < batch.size()) {
                        LOG.debugf(
                            "%d of %d events were applied before; skipped",
                            batch.size() - first.size(), batch.size());
                      }
                      return judgeOrPark(first);
                    }));
  }

  private Uni<Void> judgeOrPark(List<ReceivedSubmission> submissions) {
    Map<String, RoundContext> known = new HashMap<>();
    Set<String> toLookUp = new TreeSet<>();
    for (ReceivedSubmission s : submissions) {
      RoundContext cached = registry.cached(s.data().round());
      if (cached != null) {
        known.put(cached.round(), cached);
      } else {
        toLookUp.add(s.data().round());
      }
    }
    Uni<Void> lookUps = Uni.createFrom().voidItem();
    for (String round : toLookUp) {
      // The round's lock, shared: a round.opened committing meanwhile sees what is parked here.
      lookUps =
          lookUps
              .chain(() -> rounds.lockShared(round))
              .chain(() -> registry.find(round))
              .invoke(found -> found.ifPresent(c -> known.put(round, c)))
              .replaceWithVoid();
    }
    return lookUps.chain(() -> judgeOrPark(submissions, known));
  }

  /** Every submission of a round is judged, or every one parked: each keeps its place in order. */
  private Uni<Void> judgeOrPark(
      List<ReceivedSubmission> submissions, Map<String, RoundContext> known) {
    List<ToJudge> toJudge = new ArrayList<>(submissions.size());
    List<ToPark> toPark = new ArrayList<>();
    for (ReceivedSubmission s : submissions) {
      RoundContext round = known.get(s.data().round());
      if (round != null) {
        toJudge.add(new ToJudge(round, s.eventId(), s.data()));
      } else {
        toPark.add(park(s));
      }
    }
    return recorder.judgeAndRecordAll(toJudge).chain(() -> pending.parkAll(toPark));
  }

  private static ToPark park(ReceivedSubmission s) {
    LOG.infof(
        "Round %s not known yet: parking revision %d of %s until round.opened arrives",
        s.data().round(), s.data().revision(), s.data().organisation());
    return new ToPark(
        s.eventId(), s.data().round(), s.data().organisation(), s.data().revision(), s.payload());
  }
}
