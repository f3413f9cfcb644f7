package se.enkat.collection.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import se.enkat.common.events.Topics;
import se.enkat.messaging.deadletter.DeadLetterQueues;
import se.enkat.messaging.deadletter.DeadLetterQueues.Summary;

/**
 * The Prometheus gauge {@code enkat_dlq_waiting{topic}}: dead letters not yet replayed, per topic
 * of the platform, read every 30 s ({@code enkat.dlq.gauges-every}). Collection reports it for
 * every service, as it serves the operator's dead-letter API.
 */
@ApplicationScoped
public class DeadLetterGauges {

  private static final Logger LOG = Logger.getLogger(DeadLetterGauges.class);

  private final DeadLetterQueues queues;
  private final Map<String, AtomicLong> waiting = new ConcurrentHashMap<>();

  DeadLetterGauges(DeadLetterQueues queues, MeterRegistry meters) {
    this.queues = queues;
    for (String topic : Topics.ALL) {
      AtomicLong count = new AtomicLong();
      waiting.put(topic, count);
      Gauge.builder("enkat.dlq.waiting", count, AtomicLong::get)
          .description("Dead letters waiting (not replayed) in the topic's .dlq")
          .tag("topic", topic)
          .register(meters);
    }
  }

  @Scheduled(
      every = "${enkat.dlq.gauges-every:30s}",
      delayed = "10s",
      identity = "dead-letter-gauges")
  void read() {
    try {
      for (Summary summary : queues.summaries()) {
        waiting.get(summary.topic()).set(summary.waiting());
      }
    } catch (RuntimeException e) {
      LOG.debugf("Dead letters not counted this time: %s", e.getMessage());
    }
  }
}
