package se.enkat.collection.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import se.enkat.collection.service.JsonCodec;
import se.enkat.common.events.EventKeys;
import se.enkat.common.events.EventTypes;
import se.enkat.common.events.ReminderRequested;
import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionReceived;
import se.enkat.common.events.Topics;
import se.enkat.messaging.OutboxMessage;

/** The events this service writes, as outbox messages: topic, key, type, source, subject, data. */
@ApplicationScoped
public class CollectionEvents {

  /** The CloudEvents {@code source} of every event this service writes. */
  public static final String SOURCE = "/enkat/collection";

  private final JsonCodec json;

  CollectionEvents(JsonCodec json) {
    this.json = json;
  }

  public OutboxMessage roundOpened(RoundOpened data) {
    return OutboxMessage.of(
        Topics.ROUNDS,
        EventKeys.round(data.round()),
        EventTypes.ROUND_OPENED,
        SOURCE,
        roundSubject(data.round()),
        json.write(data));
  }

  public OutboxMessage roundClosed(RoundClosed data) {
    return OutboxMessage.of(
        Topics.ROUNDS,
        EventKeys.round(data.round()),
        EventTypes.ROUND_CLOSED,
        SOURCE,
        roundSubject(data.round()),
        json.write(data));
  }

  public OutboxMessage submissionReceived(SubmissionReceived data) {
    return OutboxMessage.of(
        Topics.SUBMISSIONS,
        EventKeys.submission(data.round(), data.organisation()),
        EventTypes.SUBMISSION_RECEIVED,
        SOURCE,
        roundSubject(data.round())
            + "/submissions/"
            + data.organisation()
            + "/revisions/"
            + data.revision(),
        json.write(data));
  }

  public OutboxMessage reminderRequested(ReminderRequested data) {
    return OutboxMessage.of(
        Topics.REMINDERS,
        EventKeys.submission(data.round(), data.organisation()),
        EventTypes.REMINDER_REQUESTED,
        SOURCE,
        roundSubject(data.round()) + "/reminders/" + data.reminder(),
        json.write(data));
  }

  private static String roundSubject(String round) {
    return "rounds/" + round;
  }
}
