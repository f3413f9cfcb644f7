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

  /** Days a sent row is kept for inspection before it is purged. */
  @WithDefault("7")
  int retentionDays();
}
