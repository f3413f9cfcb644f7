package se.enkat.publication.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.IndicatorDefined;
import se.enkat.common.events.IndicatorValuesUpdated;
import se.enkat.common.events.RoundValuesFinal;
import se.enkat.messaging.IncomingEvent;
import se.enkat.publication.service.IndicatorEventService;

/**
 * Consumes enkat.indicators.v1: indicator.defined, indicator.values.updated and round.values.final.
 * All are keyed by round id, so a round's events arrive in order.
 */
@ApplicationScoped
public class IndicatorEventsConsumer {

  private final IndicatorEventService indicators;
  private final EventDecoder decoder;

  IndicatorEventsConsumer(IndicatorEventService indicators, EventDecoder decoder) {
    this.indicators = indicators;
    this.decoder = decoder;
  }

  @Incoming("indicators")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return Uni.createFrom().deferred(() -> apply(IncomingEvent.of(record)));
  }

  private Uni<Void> apply(IncomingEvent event) {
    String id = event.id();
    switch (event.type()) {
      case EventTypes.INDICATOR_DEFINED -> {
        IndicatorDefined data = decoder.decode(id, event.data(), IndicatorDefined.class);
        EventDecoder.require(data.round() != null, id, "round is missing");
        EventDecoder.require(data.indicator() != null, id, "indicator is missing");
        return Retries.untilApplied(id, () -> indicators.defined(id, data));
      }
      case EventTypes.INDICATOR_VALUES_UPDATED -> {
        IndicatorValuesUpdated data =
            decoder.decode(id, event.data(), IndicatorValuesUpdated.class);
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
        return Retries.untilApplied(id, () -> indicators.valuesUpdated(id, data));
      }
      case EventTypes.ROUND_VALUES_FINAL -> {
        RoundValuesFinal data = decoder.decode(id, event.data(), RoundValuesFinal.class);
        EventDecoder.require(data.round() != null, id, "round is missing");
        return Retries.untilApplied(id, () -> indicators.valuesFinal(id, data));
      }
      default -> {
        return Uni.createFrom().voidItem();
      }
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
