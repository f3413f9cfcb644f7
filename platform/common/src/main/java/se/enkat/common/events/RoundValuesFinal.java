package se.enkat.common.events;

import jakarta.validation.constraints.NotBlank;
import java.time.OffsetDateTime;

/**
 * Data of {@code round.values.final} (topic enkat.indicators.v1, key = round id): the round is
 * closed and every verdict on a revision received before it closed has been applied, so the values
 * are final (until an administrator defines another indicator or rebuilds). Announced once.
 *
 * @param verdictsApplied verdicts (accepted and rejected) applied; equals the round's {@code
 *     revisionsReceived}
 */
public record RoundValuesFinal(
    int schemaVersion, @NotBlank String round, long verdictsApplied, OffsetDateTime finalAt)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  @Override
  public EventAddress address() {
    return new EventAddress(EventKind.ROUND_VALUES_FINAL, EventKeys.round(round), round);
  }
}
