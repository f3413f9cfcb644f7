package se.enkat.publication.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The Prometheus counter {@code enkat_releases_published_total{round}}: releases published, counted
 * once the publication (and its release.published in the outbox) committed.
 */
@ApplicationScoped
public class ReleaseMetrics {

  private final MeterRegistry meters;

  ReleaseMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  public void published(String round) {
    Counter.builder("enkat.releases.published")
        .description("Releases published")
        .tag("round", round)
        .register(meters)
        .increment();
  }
}
