package se.enkat.collection.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.collection.service.ReminderSender;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.ReminderRequested;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventHandlers;

/**
 * Consumes enkat.reminders.v1 ({@code reminder.requested}, written by this service's own outbox)
 * and sends the reminder's queued mails. The mails' SENT marks make a redelivery harmless; an SMTP
 * server that is down fails the record, which is retried in place (never dead-lettered).
 */
@ApplicationScoped
public class ReminderEventsConsumer {

  private final EventHandlers handlers;

  ReminderEventsConsumer(EventConsumers kit, ReminderSender sender) {
    this.handlers =
        kit.handlers("collection.reminders")
            .on(
                EventTypes.REMINDER_REQUESTED,
                ReminderRequested.class,
                (event, data) -> sender.send(UUID.fromString(data.reminder())).replaceWithVoid());
  }

  @Incoming("reminders")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }
}
