package se.enkat.messaging.consumer;

import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;
import se.enkat.messaging.IncomingEvent;

/**
 * One consumer's handlers, by event type: each record is decoded into its type's record and applied
 * through the one {@link RetryPolicy}. An event type without a handler is skipped (producers may
 * add types to a topic; the additive rule of the event catalogue). Apply an event's effect in a
 * transaction that also records its id ({@code ProcessedEvents}), so a redelivery changes nothing.
 */
public final class EventHandlers {

  private static final Logger LOG = Logger.getLogger(EventHandlers.class);

  /** What a consumer does with one decoded event. */
  @FunctionalInterface
  public interface Handler<T> {
    Uni<Void> apply(IncomingEvent event, T data);
  }

  /** Reads an event's data into its record; throws a poison failure when it cannot. */
  @FunctionalInterface
  public interface Reader<T> {
    T read(String eventId, String data);
  }

  private record Route<T>(Reader<T> reader, Handler<T> handler) {
    Uni<Void> apply(IncomingEvent event) {
      return handler.apply(event, reader.read(event.id(), event.data()));
    }
  }

  private final String consumer;
  private final RetryPolicy retry;
  private final Runnable onSkipped;
  private final Map<String, Route<?>> routes = new LinkedHashMap<>();

  EventHandlers(String consumer, RetryPolicy retry, Runnable onSkipped) {
    this.consumer = consumer;
    this.retry = retry;
    this.onSkipped = onSkipped;
  }

  /** Handles events of {@code eventType}, their data read as {@code dataType}. */
  public <T> EventHandlers on(String eventType, Class<T> dataType, Handler<T> handler) {
    return on(eventType, (id, data) -> EventDecoder.decode(id, data, dataType), handler);
  }

  /**
   * Handles events of {@code eventType}, their data read by {@code reader} (e.g. {@link
   * EventFields}, to require fields first).
   */
  public <T> EventHandlers on(String eventType, Reader<T> reader, Handler<T> handler) {
    routes.put(eventType, new Route<>(reader, handler));
    return this;
  }

  /**
   * Completes when the record's effect is applied (or it is skipped); fails only with a poison
   * message, which the channel's failure strategy sends to the dead-letter topic.
   */
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return retry.run(consumer, describe(record), () -> apply(record));
  }

  private Uni<Void> apply(ConsumerRecord<String, String> record) {
    IncomingEvent event = IncomingEvent.of(record);
    Route<?> route = routes.get(event.type());
    if (route == null) {
      LOG.debugf("%s: skipping event %s of type %s", consumer, event.id(), event.type());
      onSkipped.run();
      return Uni.createFrom().voidItem();
    }
    return route.apply(event);
  }

  static String describe(ConsumerRecord<String, String> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
