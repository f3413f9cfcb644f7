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
import se.enkat.messaging.consumer.EventDecoder;
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
                (event, data) -> {
                  EventDecoder.require(data.round() != null, event.id(), "round is missing");
                  EventDecoder.require(
                      data.indicator() != null, event.id(), "indicator is missing");
                  return indicators.defined(event.id(), data);
                })
            .on(
                EventTypes.INDICATOR_VALUES_UPDATED,
                IndicatorValuesUpdated.class,
                (event, data) -> {
                  requireValues(event.id(), data);
                  return indicators.valuesUpdated(event.id(), data);
                })
            .on(
                EventTypes.ROUND_VALUES_FINAL,
                RoundValuesFinal.class,
                (event, data) -> {
                  EventDecoder.require(data.round() != null, event.id(), "round is missing");
                  return indicators.valuesFinal(event.id(), data);
                });
  }

  @Incoming("indicators")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }

  private static void requireValues(String id, IndicatorValuesUpdated data) {
    EventDecoder.require(data.round() != null, id, "round is missing");
    EventDecoder.require(data.cells() != null, id, "cells are missing");
    for (IndicatorValuesUpdated.Cell cell : data.cells()) {
      EventDecoder.require(
          cell != null && cell.indicator() != null && cell.level() != null,
          id,
          "a cell has no indicator or level");
    }
    if (data.organisations() != null) {
      data.organisations().forEach(o -> requireOrganisation(id, o));
    }
  }

  private static void requireOrganisation(String id, IndicatorValuesUpdated.Organisation o) {
    EventDecoder.require(
        o != null && o.organisation() != null && o.cells() != null,
        id,
        "an organisation has no code or cells");
    for (var categories : o.cells().values()) {
      EventDecoder.require(categories != null, id, "an organisation's indicator has no cells");
      for (long[] count : categories.values()) {
        EventDecoder.require(
            count != null && count.length == 2,
            id,
            "an organisation cell is not [numerator, denominator]");
      }
    }
  }
}
