package se.enkat.publication.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.messaging.ProcessedEvents;
import se.enkat.publication.repository.LiveStateRepository;
import se.enkat.publication.repository.LiveStateRepository.AcceptedAnswers;

/**
 * Keeps every organisation's latest accepted answers (for the published answers table) and counts
 * verdicts (to tell an administrator how far the round's processing has come), a batch of verdicts
 * per transaction. Applying a batch gives exactly what applying its verdicts one by one gives.
 */
@ApplicationScoped
public class AnswerEventService {

  private final ProcessedEvents processed;
  private final LiveStateRepository live;

  AnswerEventService(ProcessedEvents processed, LiveStateRepository live) {
    this.processed = processed;
    this.live = live;
  }

  /** Applies a batch of verdicts in one transaction; redelivered events change nothing. */
  @WithTransaction
  public Uni<Void> apply(List<ConsumedVerdict> batch) {
    return processed
        .firstDeliveriesOf(Consumers.PUBLICATION, batch, ConsumedVerdict::eventId)
        .chain(
            first -> {
              List<Object[]> seen =
                  first.stream()
                      .map(v -> new Object[] {v.round(), v.organisation(), v.revision()})
                      .toList();
              return live.verdicts(seen).chain(() -> live.acceptedAll(newestAccepted(first)));
            });
  }

  /**
   * Of the accepted revisions of one organisation only the newest can remain stored (the first of
   * equal ones, as one by one), so only it is written: an upsert may change a row once.
   */
  static List<AcceptedAnswers> newestAccepted(List<ConsumedVerdict> verdicts) {
    Map<String, ConsumedVerdict> newest = new LinkedHashMap<>();
    for (ConsumedVerdict v : verdicts) {
      if (v.isAccepted()) {
        newest.merge(
            v.round() + "/" + v.organisation(),
            v,
            (kept, next) -> next.revision() > kept.revision() ? next : kept);
      }
    }
    List<AcceptedAnswers> answers = new ArrayList<>(newest.size());
    for (ConsumedVerdict v : newest.values()) {
      answers.add(answers(v.accepted()));
    }
    return answers;
  }

  private static AcceptedAnswers answers(SubmissionAccepted data) {
    return new AcceptedAnswers(
        data.round(),
        data.organisation(),
        data.organisationType(),
        data.county(),
        data.revision(),
        data.answers().toString(),
        data.comments() == null || !data.comments().isObject() ? "{}" : data.comments().toString(),
        data.validatedAt());
  }
}
