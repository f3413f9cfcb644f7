package se.enkat.messaging.consumer;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import se.enkat.messaging.DeadLetters;
import se.enkat.messaging.DeadLetters.DeadLetter;
import se.enkat.messaging.IncomingEvent;
import se.enkat.messaging.MessageSpans;
import se.enkat.messaging.PoisonMessageException;

/**
 * Consumes a batch of records in one effect (one transaction per batch is what lets a consumer keep
 * up with thousands of events a second), through the one {@link RetryPolicy}. Records that cannot
 * be decoded go to the dead-letter topic before the rest is applied. When the batch as a whole
 * proves poison (it fails again and again while the database answers), its records are applied one
 * at a time, so only the one that cannot be applied is dead-lettered and the others are not held
 * back.
 */
public final class BatchHandler<T> {

  /**
   * Decodes one event into what the effect takes; throws a poison failure when it cannot (an
   * unknown type: {@link EventHandlers#unknownType}).
   */
  @FunctionalInterface
  public interface Decoder<T> {
    T decode(IncomingEvent event);
  }

  private record Item<T>(ConsumerRecord<String, String> record, T value) {}

  private final String consumer;
  private final RetryPolicy retry;
  private final DeadLetters deadLetters;
  private final Decoder<T> decoder;
  private final Function<List<T>, Uni<Void>> effect;
  private final Runnable afterCommit;
  private final MessageSpans spans;

  BatchHandler(
      String consumer,
      RetryPolicy retry,
      DeadLetters deadLetters,
      Decoder<T> decoder,
      Function<List<T>, Uni<Void>> effect,
      Runnable afterCommit,
      MessageSpans spans) {
    this.consumer = consumer;
    this.spans = spans;
    this.retry = retry;
    this.deadLetters = deadLetters;
    this.decoder = decoder;
    this.effect = effect;
    this.afterCommit = afterCommit;
  }

  /** Completes when every record is applied, skipped or dead-lettered; never fails otherwise. */
  public Uni<Void> consume(ConsumerRecords<String, String> records) {
    List<ConsumerRecord<String, String>> all = new ArrayList<>(records.count());
    records.forEach(all::add);
    return spans.consumeBatch(consumer, all, () -> consume(all)).invoke(afterCommit);
  }

  private Uni<Void> consume(List<ConsumerRecord<String, String>> records) {
    List<Item<T>> items = new ArrayList<>(records.size());
    List<DeadLetter> poison = new ArrayList<>();
    for (ConsumerRecord<String, String> record : records) {
      try {
        items.add(new Item<>(record, decoder.decode(IncomingEvent.of(record))));
      } catch (PoisonMessageException e) {
        poison.add(new DeadLetter(record, e.getMessage()));
      }
    }
    Executor here = onThisContext();
    return deadLetter(poison, here).chain(() -> applyAll(items, here));
  }

  private Uni<Void> applyAll(List<Item<T>> items, Executor here) {
    if (items.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    List<T> values = items.stream().map(Item::value).toList();
    String what =
        "batch of " + items.size() + " from " + EventHandlers.describe(items.get(0).record);
    return retry
        .<Void>run(consumer, what, () -> effect.apply(values))
        .onFailure(PoisonMessageException.class)
        .recoverWithUni(e -> oneByOne(items, 0, here));
  }

  private Uni<Void> oneByOne(List<Item<T>> items, int from, Executor here) {
    if (from == items.size()) {
      return Uni.createFrom().voidItem();
    }
    Item<T> item = items.get(from);
    return retry
        .<Void>run(
            consumer, EventHandlers.describe(item.record), () -> effect.apply(List.of(item.value)))
        .onFailure(PoisonMessageException.class)
        .recoverWithUni(e -> deadLetter(List.of(new DeadLetter(item.record, e.getMessage())), here))
        .chain(() -> oneByOne(items, from + 1, here));
  }

  private Uni<Void> deadLetter(List<DeadLetter> letters, Executor here) {
    if (letters.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return retry
        .<Void>run(consumer, letters.size() + " dead letters", () -> deadLetters.send(letters))
        // Kafka completes sends on its own thread; the transaction that follows needs this context.
        .emitOn(here);
  }

  private static Executor onThisContext() {
    Context context = Vertx.currentContext();
    return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
  }
}
