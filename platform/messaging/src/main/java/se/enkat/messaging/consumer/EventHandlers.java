package se.enkat.messaging.consumer;

import io.smallrye.mutiny.Uni;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.MessageSpans;
import se.enkat.messaging.PoisonMessageException;

/**
 * One consumer's handlers, by event type: each record is decoded into its type's record and applied
 * through the one {@link RetryPolicy}. An event type without a handler is poison: it goes to the
 * dead-letter topic with the reason, never silently dropped, and is replayed from there once the
 * consumer knows the type (docs/reliability.md). Apply an event's effect in a transaction that also
 * records its id ({@code ProcessedEvents}), so a redelivery changes nothing.
 */
public final class EventHandlers {

  /** What a consumer does with one decoded event. */
  @FunctionalInterface
  public interface Handler<T> {
    Uni<Void> apply(IncomingEvent event, T data);
  }

  private record Route<T>(Class<T> dataType, Handler<T> handler) {
    Uni<Void> apply(IncomingEvent event) {
      return handler.apply(event, EventDecoder.decode(event.id(), event.data(), dataType));
    }
  }

  private final String consumer;
  private final RetryPolicy retry;
  private final Runnable afterCommit;
  private final MessageSpans spans;
  private final Map<String, Route<?>> routes = new LinkedHashMap<>();

  EventHandlers(String consumer, RetryPolicy retry, Runnable afterCommit, MessageSpans spans) {
    this.consumer = consumer;
    this.spans = spans;
    this.retry = retry;
    this.afterCommit = afterCommit;
  }

  /**
   * Handles events of {@code eventType}, their data read as {@code dataType} and checked against
   * the record's constraints ({@link EventDecoder}): data that lacks a required field is poison.
   */
  public <T> EventHandlers on(String eventType, Class<T> dataType, Handler<T> handler) {
    routes.put(eventType, new Route<>(dataType, handler));
    return this;
  }

  /**
   * Completes when the record's effect is applied (or it is skipped); fails only with a poison
   * message, which the channel's failure strategy sends to the dead-letter topic.
   */
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return spans
        .consume(
            consumer,
            record,
            () -> retry.<Void>run(consumer, describe(record), () -> apply(record)))
        .invoke(afterCommit);
  }

  private Uni<Void> apply(ConsumerRecord<String, String> record) {
    IncomingEvent event = IncomingEvent.of(record);
    Route<?> route = routes.get(event.type());
    if (route == null) {
      throw unknownType(event, record.topic());
    }
    return route.apply(event);
  }

  /** The poison failure of an event whose type this consumer does not know. */
  public static PoisonMessageException unknownType(IncomingEvent event, String topic) {
    return new PoisonMessageException(
        "event " + event.id() + ": unknown type " + event.type() + " on " + topic);
  }

  static String describe(ConsumerRecord<String, String> record) {
    return record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
