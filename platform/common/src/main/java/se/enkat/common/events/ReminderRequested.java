package se.enkat.common.events;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.OffsetDateTime;

/**
 * Data of {@code reminder.requested} (topic enkat.reminders.v1, key {@code
 * {round}/{organisation}}): an administrator asked to remind one organisation's respondents. The
 * mails themselves (one per respondent, each with its fixed Message-ID) are rows of the collection
 * database written in the same transaction; the event says that there is work to send.
 */
public record ReminderRequested(
    int schemaVersion,
    @NotBlank String round,
    @NotBlank String organisation,
    @NotNull @Pattern(regexp = UUID) String reminder,
    int recipients,
    OffsetDateTime requestedAt,
    String requestedBy)
    implements EventData {

  public static final int SCHEMA_VERSION = 1;

  /** A UUID in text, as the reminder's id is written. */
  public static final String UUID =
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

  @Override
  public EventAddress address() {
    return new EventAddress(
        EventKind.REMINDER_REQUESTED,
        EventKeys.submission(round, organisation),
        "rounds/" + round + "/reminders/" + reminder);
  }
}
