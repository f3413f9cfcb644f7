package se.enkat.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.enkat.messaging.sql.NativeSql;

/**
 * Idempotent consumption: records an event id in the caller's transaction and tells whether it is
 * new. Call it first in the transaction that applies the event; skip the effect when false.
 */
@ApplicationScoped
public class ProcessedEvents {

  private static final String INSERT =
      "insert into processed_event (consumer, event_id) values (?1, ?2)"
          + " on conflict do nothing";

  // Many ids in one round trip: they travel as one JSON array; only the new ones come back.
  private static final String INSERT_ALL =
      "insert into processed_event (consumer, event_id)"
          + " select ?1, e from jsonb_array_elements_text(cast(cast(?2 as text) as jsonb)) as e"
          + " on conflict do nothing returning event_id";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Emits true the first time this consumer sees the event id, false for a redelivery. */
  public Uni<Boolean> firstDelivery(String consumer, String eventId) {
    return NativeSql.update(INSERT, consumer, eventId).map(inserted -> inserted == 1);
  }

  /**
   * Records a batch of event ids in one statement; emits the ids seen for the first time (a
   * redelivered id is left out, and so is the second of two equal ids in the batch).
   */
  public Uni<Set<String>> firstDeliveries(String consumer, Collection<String> eventIds) {
    if (eventIds.isEmpty()) {
      return Uni.createFrom().item(Set.of());
    }
    String ids;
    try {
      ids = JSON.writeValueAsString(eventIds);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("event ids cannot be written as JSON", e);
    }
    return NativeSql.rows(INSERT_ALL, consumer, ids)
        .map(rows -> rows.stream().map(row -> (String) row[0]).collect(Collectors.toSet()));
  }

  /**
   * Records the event ids of a batch and keeps, in batch order, the items delivered for the first
   * time: a redelivered item is left out, and so is the second of two items with one event id.
   */
  public <T> Uni<List<T>> firstDeliveriesOf(
      String consumer, List<T> batch, Function<T, String> eventId) {
    Map<String, T> byEventId = new LinkedHashMap<>();
    batch.forEach(item -> byEventId.putIfAbsent(eventId.apply(item), item));
    return firstDeliveries(consumer, byEventId.keySet())
        .map(
            fresh ->
                byEventId.entrySet().stream()
                    .filter(e -> fresh.contains(e.getKey()))
                    .map(Map.Entry::getValue)
                    .toList());
  }

  /** Applies the effect only on the first delivery of the event; a redelivery does nothing. */
  public Uni<Void> onFirstDelivery(String consumer, String eventId, Supplier<Uni<Void>> effect) {
    return firstDelivery(consumer, eventId)
        .chain(first -> first ? effect.get() : Uni.createFrom().voidItem());
  }
}
