package se.enkat.collection.rest;

import java.time.OffsetDateTime;
import java.util.List;

/** A reminder as listed: status QUEUED while any of its mails is, else SENT. */
public record ReminderView(
    String id,
    String organisation,
    OffsetDateTime at,
    String by,
    String status,
    List<Recipient> recipients) {

  /** One mail of a reminder. */
  public record Recipient(String email, String status, OffsetDateTime sentAt, String messageId) {}
}
