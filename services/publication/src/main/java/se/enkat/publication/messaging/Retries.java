package se.enkat.publication.messaging;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import se.enkat.messaging.PoisonMessageException;

/**
 * Applies an event, retrying failures that may pass (database down, serialisation conflict) with
 * backoff for as long as it takes; only a poison message fails, and so goes to the DLQ.
 */
final class Retries {

  private static final Logger LOG = Logger.getLogger(Retries.class);

  private Retries() {}

  static Uni<Void> untilApplied(String eventId, Supplier<Uni<Void>> apply) {
    return Uni.createFrom()
        .<Void>deferred(apply::get)
        .onFailure(Retries::transient_)
        .invoke(e -> LOG.warnf("Applying event %s failed, will retry: %s", eventId, e.toString()))
        .onFailure(Retries::transient_)
        .retry()
        .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(10))
        .indefinitely();
  }

  private static boolean transient_(Throwable e) {
    return !(e instanceof PoisonMessageException);
  }
}
