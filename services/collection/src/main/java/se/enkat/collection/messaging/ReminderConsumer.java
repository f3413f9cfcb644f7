package se.enkat.collection.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.collection.service.ReminderSender;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.ReminderRequested;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventDecoder;
import se.enkat.messaging.consumer.EventHandlers;

/**
 * Consumes enkat.reminders.v1 ({@code reminder.requested}, written by this service's own outbox)
 * and sends the reminder's queued mails. The mails' SENT marks make a redelivery harmless; an SMTP
 * server that is down fails the record, which is retried in place (never dead-lettered).
 */
@ApplicationScoped
public class ReminderConsumer {

  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final EventHandlers handlers;

  ReminderConsumer(EventConsumers kit, ReminderSender sender) {
    this.handlers =
        kit.handlers("collection.reminders")
            .on(
                EventTypes.REMINDER_REQUESTED,
                ReminderConsumer::read,
                (event, data) -> sender.send(UUID.fromString(data.reminder())).replaceWithVoid());
  }

  /** The event's data; poison (dead-lettered) without a round, organisation or reminder UUID. */
  static ReminderRequested read(String eventId, String data) {
    ReminderRequested requested = EventDecoder.decode(eventId, data, ReminderRequested.class);
    EventDecoder.require(
        requested.round() != null && requested.organisation() != null, eventId, "round is missing");
    EventDecoder.require(
        requested.reminder() != null && UUID_TEXT.matcher(requested.reminder()).matches(),
        eventId,
        "reminder is not a UUID");
    return requested;
  }

  @Incoming("reminders")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }
}
