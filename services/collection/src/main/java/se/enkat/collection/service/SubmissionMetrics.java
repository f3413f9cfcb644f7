package se.enkat.collection.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.collection.domain.SubmissionStatus;

/**
 * Prometheus counters of submissions per round: {@code enkat_submissions_received_total{round}}
 * (revisions stored; a replayed Idempotency-Key is not counted again) and {@code
 * enkat_submissions_accepted_total} / {@code enkat_submissions_rejected_total} (verdicts applied; a
 * redelivered verdict is not counted again). Counted after the transaction committed.
 */
@ApplicationScoped
public class SubmissionMetrics {

  private final MeterRegistry meters;

  SubmissionMetrics(MeterRegistry meters) {
    this.meters = meters;
  }

  public void received(String round) {
    counter("enkat.submissions.received", "Submission revisions stored", round).increment();
  }

  public void judged(String round, SubmissionStatus status) {
    switch (status) {
      case ACCEPTED ->
          counter("enkat.submissions.accepted", "Revisions accepted by validation", round)
              .increment();
      case REJECTED ->
          counter("enkat.submissions.rejected", "Revisions rejected by validation", round)
              .increment();
      default -> {
        // no other verdict exists
      }
    }
  }

  private Counter counter(String name, String description, String round) {
    return Counter.builder(name).description(description).tag("round", round).register(meters);
  }
}
