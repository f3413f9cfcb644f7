package se.enkat.messaging.consumer;

import se.enkat.common.events.RoundClosed;
import se.enkat.common.events.RoundOpened;
import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;

/**
 * Readers of the events several services consume, with what every consumer of them requires: {@code
 * handlers.on(ROUND_OPENED, EventReaders::roundOpened, ...)}. A consumer that requires more checks
 * it in its handler (or reads with {@link EventFields}).
 */
public final class EventReaders {

  private EventReaders() {}

  public static RoundOpened roundOpened(String eventId, String data) {
    RoundOpened opened = EventDecoder.decode(eventId, data, RoundOpened.class);
    EventDecoder.require(opened.round() != null, eventId, "round is missing");
    EventDecoder.require(
        opened.questionnaire() != null && opened.questionnaire().isObject(),
        eventId,
        "questionnaire is missing");
    EventDecoder.require(opened.population() != null, eventId, "population is missing");
    return opened;
  }

  public static RoundClosed roundClosed(String eventId, String data) {
    RoundClosed closed = EventDecoder.decode(eventId, data, RoundClosed.class);
    EventDecoder.require(closed.round() != null, eventId, "round is missing");
    return closed;
  }

  public static SubmissionAccepted submissionAccepted(String eventId, String data) {
    SubmissionAccepted accepted = EventDecoder.decode(eventId, data, SubmissionAccepted.class);
    requireJudged(eventId, accepted.round(), accepted.organisation());
    EventDecoder.require(
        accepted.organisationType() != null, eventId, "organisationType is missing");
    EventDecoder.require(
        accepted.answers() != null && accepted.answers().isObject(),
        eventId,
        "answers must be an object");
    return accepted;
  }

  public static SubmissionRejected submissionRejected(String eventId, String data) {
    SubmissionRejected rejected = EventDecoder.decode(eventId, data, SubmissionRejected.class);
    requireJudged(eventId, rejected.round(), rejected.organisation());
    return rejected;
  }

  private static void requireJudged(String eventId, String round, String organisation) {
    EventDecoder.require(
        round != null && !round.isBlank() && organisation != null && !organisation.isBlank(),
        eventId,
        "round or organisation is missing");
  }
}
