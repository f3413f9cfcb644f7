package se.enkat.indicator.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.RoundOpened;
import se.enkat.indicator.domain.IndicatorDefinition;
import se.enkat.indicator.service.RoundEventService;
import se.enkat.messaging.consumer.EventConsumers;
import se.enkat.messaging.consumer.EventHandlers;
import se.enkat.messaging.consumer.EventReaders;

/** Consumes enkat.rounds.v1: round.opened and round.closed (any other type is poison). */
@ApplicationScoped
public class RoundEventsConsumer {

  private final EventHandlers handlers;

  RoundEventsConsumer(EventConsumers kit, RoundEventService rounds) {
    this.handlers =
        kit.handlers("indicator.rounds")
            .on(
                EventTypes.ROUND_OPENED,
                EventReaders::roundOpened,
                (event, opened) ->
                    compileDefaults(opened)
                        .chain(defaults -> rounds.opened(event.id(), opened, defaults)))
            .on(
                EventTypes.ROUND_CLOSED,
                EventReaders::roundClosed,
                (event, closed) -> rounds.closed(event.id(), closed));
  }

  @Incoming("rounds")
  public Uni<Void> consume(ConsumerRecord<String, String> record) {
    return handlers.consume(record);
  }

  /**
   * Compiles the default indicators on a worker thread (the first compilation loads the whole CEL
   * runtime, too long for an event loop) and comes back on the message's Vert.x context, where the
   * transaction must run. Compiled rules are cached, so the transaction compiles nothing again.
   */
  private static Uni<List<IndicatorDefinition>> compileDefaults(RoundOpened opened) {
    Uni<List<IndicatorDefinition>> compiled =
        Uni.createFrom().item(() -> RoundEventService.defaults(opened.questionnaire().toString()));
    Context context = Vertx.currentContext();
    if (context == null) {
      return compiled;
    }
    return compiled
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .emitOn(command -> context.runOnContext(ignored -> command.run()));
  }
}
