package se.enkat.publication.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.messaging.ProcessedEvents;
import se.enkat.publication.repository.LiveStateRepository;

/**
 * Keeps every organisation's latest accepted answers (for the published answers table) and counts
 * verdicts (to tell an administrator how far the round's processing has come).
 */
@ApplicationScoped
public class AnswerEventService {

  private final ProcessedEvents processed;
  private final LiveStateRepository live;

  AnswerEventService(ProcessedEvents processed, LiveStateRepository live) {
    this.processed = processed;
    this.live = live;
  }

  @WithTransaction
  public Uni<Void> accepted(String eventId, SubmissionAccepted data) {
    return processed.onFirstDelivery(
        Consumers.PUBLICATION,
        eventId,
        () ->
            live.verdict(data.round(), data.organisation(), data.revision())
                .chain(
                    () ->
                        live.accepted(
                            data.round(),
                            data.organisation(),
                            data.organisationType(),
                            data.county(),
                            data.revision(),
                            data.answers().toString(),
                            data.comments() == null || !data.comments().isObject()
                                ? "{}"
                                : data.comments().toString(),
                            data.validatedAt())));
  }

  @WithTransaction
  public Uni<Void> rejected(String eventId, SubmissionRejected data) {
    return processed.onFirstDelivery(
        Consumers.PUBLICATION,
        eventId,
        () -> live.verdict(data.round(), data.organisation(), data.revision()));
  }
}
