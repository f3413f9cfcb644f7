package se.enkat.publication.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.IndicatorDefined;
import se.enkat.common.events.IndicatorValuesUpdated;
import se.enkat.common.events.RoundValuesFinal;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventHandlers;
import se.enkat.publication.service.IndicatorEventService;

/**
 * Consumes enkat.indicators.v1: indicator.defined, indicator.values.updated and round.values.final.
 * All are keyed by round id, so a round's events arrive in order.
 */
@ApplicationScoped
public class IndicatorEventsConsumer {

  private final EventHandlers handlers;

  IndicatorEventsConsumer(EventConsumers kit, IndicatorEventService indicators) {
    this.handlers =
        kit.handlers("publication.indicators")
            .on(
                EventTypes.INDICATOR_DEFINED,
                IndicatorDefined.class,
                (event, data) -> indicators.defined(event.id(), data))
            .on(
                EventTypes.INDICATOR_VALUES_UPDATED,
                IndicatorValuesUpdated.class,
                (event, data) -> indicators.valuesUpdated(event.id(), data))
            .on(
                EventTypes.ROUND_VALUES_FINAL,
                RoundValuesFinal.class,
                (event, data) -> indicators.valuesFinal(event.id(), data));
  }

  @Incoming("indicators")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }
}
