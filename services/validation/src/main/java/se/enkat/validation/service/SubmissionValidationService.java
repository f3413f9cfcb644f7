package se.enkat.validation.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.ProcessedEvents;
import se.enkat.validation.domain.RoundContext;
import se.enkat.validation.repository.PendingSubmissionRepository;
import se.enkat.validation.repository.RoundRepository;

/** Applies one submission.received exactly once: a verdict and its event, or a parked row. */
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
   * Judges the submission, or parks it when its round is not known yet, in one transaction with the
   * record of the event id. A redelivered event changes nothing.
   *
   * @param data the event data as received, kept verbatim when the submission is parked
   */
  public Uni<Void> receive(String eventId, SubmissionReceived submission, String data) {
    return Panache.withTransaction(
        () ->
            processedEvents
                .firstDelivery(CONSUMER, eventId)
                .chain(
                    first -> {
                      if (!first) {
                        LOG.debugf("Event %s was applied before; skipped", eventId);
                        return Uni.createFrom().voidItem();
                      }
                      return judgeOrPark(eventId, submission, data);
                    }));
  }

  private Uni<Void> judgeOrPark(String eventId, SubmissionReceived submission, String data) {
    RoundContext cached = registry.cached(submission.round());
    if (cached != null) {
      return recorder.judgeAndRecord(cached, eventId, submission);
    }
    return rounds
        .lockShared(submission.round())
        .chain(() -> registry.find(submission.round()))
        .chain(
            round ->
                round.isPresent()
                    ? recorder.judgeAndRecord(round.get(), eventId, submission)
                    : park(eventId, submission, data));
  }

  private Uni<Void> park(String eventId, SubmissionReceived submission, String data) {
    LOG.infof(
        "Round %s not known yet: parking revision %d of %s until round.opened arrives",
        submission.round(), submission.revision(), submission.organisation());
    return pending.park(
        eventId, submission.round(), submission.organisation(), submission.revision(), data);
  }
}
