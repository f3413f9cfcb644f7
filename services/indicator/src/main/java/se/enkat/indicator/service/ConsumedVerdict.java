package se.enkat.indicator.service;

import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;

/**
 * One consumed verdict on a revision.
 *
 * @param accepted the accepted answers; null for a rejection
 */
public record ConsumedVerdict(
    String eventId, String round, String organisation, int revision, SubmissionAccepted accepted) {

  public static ConsumedVerdict accepted(String eventId, SubmissionAccepted data) {
    return new ConsumedVerdict(eventId, data.round(), data.organisation(), data.revision(), data);
  }

  public static ConsumedVerdict rejected(String eventId, SubmissionRejected data) {
    return new ConsumedVerdict(eventId, data.round(), data.organisation(), data.revision(), null);
  }

  public boolean isAccepted() {
    return accepted != null;
  }

  String outcome() {
    return isAccepted() ? AnswerCountingService.ACCEPTED : AnswerCountingService.REJECTED;
  }
}
