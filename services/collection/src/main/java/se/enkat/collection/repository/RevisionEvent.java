package se.enkat.collection.repository;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.OutboxMessage;

/**
 * A {@code submission.received} outbox message rendered before its revision's number is known: the
 * subject and the payload split where the number goes, so the statement that numbers the revision
 * completes them. Jackson writes a record's fields in declaration order, so the first {@code
 * "revision":} in the payload is the event's own, ahead of any answer that has one.
 */
public record RevisionEvent(
    OutboxMessage message, String subjectHead, String payloadHead, String payloadTail) {

  // a number no revision reaches, so it is found in the rendered text and nowhere else
  private static final int PLACEHOLDER = Integer.MAX_VALUE;
  private static final String NUMBER = Integer.toString(PLACEHOLDER);
  private static final String FIELD = "\"revision\":";

  /** The event of an organisation's next revision, submitted at {@code submittedAt}. */
  public static RevisionEvent of(
      String round,
      String organisation,
      JsonNode answers,
      JsonNode comments,
      OffsetDateTime submittedAt) {
    OutboxMessage message =
        OutboxMessage.of(
            new SubmissionReceived(
                SubmissionReceived.SCHEMA_VERSION,
                round,
                organisation,
                PLACEHOLDER,
                answers,
                comments,
                submittedAt));
    String subject = message.subject();
    if (!subject.endsWith("/" + NUMBER)) {
      throw new IllegalStateException("A revision's subject ends with its number: " + subject);
    }
    String payload = message.data();
    int at = payload.indexOf(FIELD + NUMBER);
    if (at < 0) {
      throw new IllegalStateException("A revision's payload has no revision field: " + payload);
    }
    int after = at + FIELD.length();
    return new RevisionEvent(
        message,
        subject.substring(0, subject.length() - NUMBER.length()),
        payload.substring(0, after),
        payload.substring(after + NUMBER.length()));
  }

  /** The subject and the payload with the revision's number in place, as the database sets it. */
  String subject(int revision) {
    return subjectHead + revision;
  }

  String payload(int revision) {
    return payloadHead + revision + payloadTail;
  }
}
