package se.enkat.validation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the validation consumers ({@code enkat.validation.*}). */
@ConfigMapping(prefix = "enkat.validation")
public interface ValidationConfig {

  Retry retry();

  /** How a message whose processing failed is retried before anything else is consumed. */
  interface Retry {

    /** First pause after a failure; doubles up to {@link #maxBackoff()}. */
    @WithDefault("100ms")
    Duration initialBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    /**
     * Attempts at a message that fails for an unrecognised reason before it is dead-lettered.
     * Failures recognised as transient (database or network unavailable) are retried without limit.
     */
    @WithDefault("5")
    int unexpectedAttempts();
  }
}
