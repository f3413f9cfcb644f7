package se.enkat.validation.messaging;

import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.messaging.consumer.EventFields;

/**
 * What this service requires of the events it consumes, checked before they are read: data that
 * lacks a required field is poison (the kit sends it to the dead-letter topic), naming the field.
 */
public final class EventRequirements {

  private EventRequirements() {}

  public static SubmissionReceived submissionReceived(String eventId, String data) {
    return EventFields.of(eventId, data)
        .text("round")
        .text("organisation")
        .positive("revision")
        .present("answers")
        .present("submittedAt")
        .optionalObject("comments")
        .as(SubmissionReceived.class);
  }

  public static RoundOpened roundOpened(String eventId, String data) {
    return EventFields.of(eventId, data)
        .text("round")
        .text("questionnaireRef.id")
        .positive("questionnaireRef.version")
        .object("questionnaire")
        .array("population")
        .as(RoundOpened.class);
  }

  public static RoundClosed roundClosed(String eventId, String data) {
    return EventFields.of(eventId, data).text("round").present("closedAt").as(RoundClosed.class);
  }
}
