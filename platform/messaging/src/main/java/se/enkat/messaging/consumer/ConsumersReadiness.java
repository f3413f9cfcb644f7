package se.enkat.messaging.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness DOWN while a consumer has kept failing for longer than {@code
 * enkat.consumer.stuck-after}: its partition is held (the record is retried and resumes by itself
 * when the cause goes away), so an operator should look. Each stuck consumer is listed with the
 * time it started failing and its last failure.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

  private final EventConsumers consumers;

  ConsumersReadiness(EventConsumers consumers) {
    this.consumers = consumers;
  }

  @Override
  public HealthCheckResponse call() {
    Map<String, ConsumerHealth.Trouble> stuck = consumers.health().stuck(consumers.stuckAfter());
    HealthCheckResponseBuilder response =
        HealthCheckResponse.named("enkat consumers").status(stuck.isEmpty());
    stuck.forEach(
        (name, trouble) ->
            response.withData(
                name, "failing since " + trouble.since() + ": " + trouble.lastFailure()));
    return response.build();
  }
}
