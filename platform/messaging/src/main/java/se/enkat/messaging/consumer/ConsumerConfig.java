package se.enkat.messaging.consumer;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of every consumer's retries ({@code enkat.consumer.*}). */
@ConfigMapping(prefix = "enkat.consumer")
public interface ConsumerConfig {

  /** First wait after a failure; doubled (with jitter) up to {@link #maxBackoff()}. */
  @WithDefault("100ms")
  Duration initialBackoff();

  @WithDefault("10s")
  Duration maxBackoff();

  /** Unrecognised failures, while the database answers, after which a message is poison. */
  @WithDefault("5")
  int unexpectedAttempts();

  /** How long a consumer may keep failing before readiness reports it stuck. */
  @WithDefault("60s")
  Duration stuckAfter();
}
