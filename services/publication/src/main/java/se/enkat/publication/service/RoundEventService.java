package se.enkat.publication.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.messaging.ProcessedEvents;
import se.enkat.publication.repository.LiveStateRepository;

/** Applies round.opened (questionnaire, population) and round.closed, each exactly once. */
@ApplicationScoped
public class RoundEventService {

  private final ProcessedEvents processed;
  private final LiveStateRepository live;
  private final ObjectMapper json;

  RoundEventService(ProcessedEvents processed, LiveStateRepository live, ObjectMapper json) {
    this.processed = processed;
    this.live = live;
    this.json = json;
  }

  @WithTransaction
  public Uni<Void> opened(String eventId, RoundOpened data) {
    return processed.onFirstDelivery(
        Consumers.PUBLICATION,
        eventId,
        () ->
            live.opened(
                data.round(),
                data.title() == null ? null : data.title().toString(),
                data.questionnaire().toString(),
                data.opensAt(),
                data.closesAt(),
                write(data.population())));
  }

  @WithTransaction
  public Uni<Void> closed(String eventId, RoundClosed data) {
    return processed.onFirstDelivery(
        Consumers.PUBLICATION,
        eventId,
        () -> live.closed(data.round(), data.closedAt(), data.revisionsReceived()));
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the population as JSON", e);
    }
  }
}
