package se.enkat.messaging.consumer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which consumers are failing right now, since when and why: a consumer that has been failing for
 * longer than the allowed time is stuck, and readiness says so (the record is still being retried;
 * it resumes by itself once the cause goes away).
 */
public final class ConsumerHealth {

  /** A consumer's current trouble. */
  public record Trouble(Instant since, String lastFailure) {}

  private final Map<String, Trouble> failing = new ConcurrentHashMap<>();
  private final Clock clock;

  public ConsumerHealth(Clock clock) {
    this.clock = clock;
  }

  void failing(String consumer, String reason) {
    failing.compute(
        consumer, (name, old) -> new Trouble(old == null ? clock.instant() : old.since(), reason));
  }

  void succeeded(String consumer) {
    failing.remove(consumer);
  }

  /** Consumers failing for longer than {@code allowed}, by name. */
  public Map<String, Trouble> stuck(Duration allowed) {
    Instant limit = clock.instant().minus(allowed);
    Map<String, Trouble> stuck = new TreeMap<>();
    failing.forEach(
        (name, trouble) -> {
          if (!trouble.since().isAfter(limit)) {
            stuck.put(name, trouble);
          }
        });
    return stuck;
  }

  /** Every consumer failing right now, however briefly. */
  public Map<String, Trouble> failing() {
    return new TreeMap<>(failing);
  }
}
