package se.enkat.common.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;

/**
 * Data of {@code round.closed} (topic enkat.rounds.v1, key = round id). {@code revisionsReceived}
 * is the number of submission revisions the round received before it closed (no more can arrive): a
 * consumer that has seen that many verdicts has seen them all.
 */
public record RoundClosed(
    int schemaVersion,
    @NotBlank String round,
    @NotNull OffsetDateTime closedAt,
    long revisionsReceived)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  @Override
  public EventAddress address() {
    return EventAddress.round(EventKind.ROUND_CLOSED, round);
  }
}
