package se.enkat.common.events;

import java.time.OffsetDateTime;

/**
 * Data of {@code reminder.requested} (topic enkat.reminders.v1, key {@code
 * {round}/{organisation}}): an administrator asked to remind one organisation's respondents. The
 * mails themselves (one per respondent, each with its fixed Message-ID) are rows of the collection
 * database written in the same transaction; the event says that there is work to send.
 */
public record ReminderRequested(
    int schemaVersion,
    String round,
    String organisation,
    String reminder,
    int recipients,
    OffsetDateTime requestedAt,
    String requestedBy) {

  public static final int SCHEMA_VERSION = 1;
}
