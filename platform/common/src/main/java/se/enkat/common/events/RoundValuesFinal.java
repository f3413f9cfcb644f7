package se.enkat.common.events;

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
    int schemaVersion, String round, long verdictsApplied, OffsetDateTime finalAt) {

  public static final int SCHEMA_VERSION = 1;
}
