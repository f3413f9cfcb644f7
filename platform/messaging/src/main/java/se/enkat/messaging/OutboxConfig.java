package se.enkat.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the outbox relay ({@code enkat.outbox.*}). */
@ConfigMapping(prefix = "enkat.outbox")
public interface OutboxConfig {

  /** Whether this instance relays at all. */
  @WithDefault("true")
  boolean enabled();

  /** Rows published per transaction. */
  @WithDefault("500")
  int batchSize();

  /**
   * How often the relay polls, e.g. {@code 0.1s} (the relay reads it as a Duration). Declared here
   * so that setting it does not fail the configuration validation of this mapping.
   */
  @WithDefault("0.1s")
  String pollInterval();

  /** Days a sent row is kept for inspection before it is purged. */
  @WithDefault("7")
  int retentionDays();
}
