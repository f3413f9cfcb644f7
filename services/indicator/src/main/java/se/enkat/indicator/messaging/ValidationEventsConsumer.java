package se.enkat.indicator.messaging;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;
import se.enkat.indicator.service.Verdict;
import se.enkat.indicator.service.VerdictService;
import se.enkat.messaging.DeadLetters;
import se.enkat.messaging.DeadLetters.DeadLetter;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.PoisonMessageException;

/**
 * Consumes enkat.validations.v1 (submission.accepted and submission.rejected) a batch at a time
 * (the channel is configured with {@code batch=true}): one transaction per batch instead of one per
 * event is what lets values keep up with thousands of answer sets a second. Poison records of a
 * batch go to the dead-letter topic with the reason before the rest is applied.
 */
@ApplicationScoped
public class ValidationEventsConsumer {

  private final VerdictService verdicts;
  private final EventDecoder decoder;
  private final DeadLetters deadLetters;

  ValidationEventsConsumer(VerdictService verdicts, EventDecoder decoder, DeadLetters deadLetters) {
    this.verdicts = verdicts;
    this.decoder = decoder;
    this.deadLetters = deadLetters;
  }

  @Incoming("validations")
  public Uni<Void> consume(ConsumerRecords<String, String> records) {
    List<Verdict> batch = new ArrayList<>(records.count());
    List<DeadLetter> poison = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      try {
        Verdict verdict = decode(IncomingEvent.of(record));
        if (verdict != null) {
          batch.add(verdict);
        }
      } catch (PoisonMessageException e) {
        poison.add(new DeadLetter(record, e.getMessage()));
      }
    }
    String what = "batch of " + records.count() + " verdicts";
    Uni<Void> dead =
        poison.isEmpty()
            ? Uni.createFrom().voidItem()
            : Retries.untilApplied(what, () -> deadLetters.send(poison))
                // Kafka completes sends on its own thread; the transaction needs this context.
                .emitOn(onThisContext());
    return dead.chain(
        () ->
            batch.isEmpty()
                ? Uni.createFrom().voidItem()
                : Retries.untilApplied(what, () -> verdicts.apply(batch)));
  }

  /** The verdict of an event; null for a type this service does not consume. */
  private Verdict decode(IncomingEvent event) {
    switch (event.type()) {
      case EventTypes.SUBMISSION_ACCEPTED:
        SubmissionAccepted accepted =
            decoder.decode(event.id(), event.data(), SubmissionAccepted.class);
        EventDecoder.require(
            accepted.round() != null && accepted.organisation() != null,
            event.id(),
            "round or organisation is missing");
        EventDecoder.require(
            accepted.organisationType() != null, event.id(), "organisationType is missing");
        EventDecoder.require(
            accepted.answers() != null && accepted.answers().isObject(),
            event.id(),
            "answers must be an object");
        return Verdict.accepted(event.id(), accepted);
      case EventTypes.SUBMISSION_REJECTED:
        SubmissionRejected rejected =
            decoder.decode(event.id(), event.data(), SubmissionRejected.class);
        EventDecoder.require(
            rejected.round() != null && rejected.organisation() != null,
            event.id(),
            "round or organisation is missing");
        return Verdict.rejected(event.id(), rejected);
      default:
        return null;
    }
  }

  private static Executor onThisContext() {
    Context context = Vertx.currentContext();
    return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
  }
}
