package se.enkat.indicator.service;

import se.enkat.common.events.SubmissionAccepted;
import se.enkat.common.events.SubmissionRejected;

/**
 * One consumed verdict on a revision.
 *
 * @param accepted the accepted answers; null for a rejection
 */
public record Verdict(
    String eventId, String round, String organisation, int revision, SubmissionAccepted accepted) {

  public static Verdict accepted(String eventId, SubmissionAccepted data) {
    return new Verdict(eventId, data.round(), data.organisation(), data.revision(), data);
  }

  public static Verdict rejected(String eventId, SubmissionRejected data) {
    return new Verdict(eventId, data.round(), data.organisation(), data.revision(), null);
  }

  public boolean isAccepted() {
    return accepted != null;
  }

  String outcome() {
    return isAccepted() ? VerdictService.ACCEPTED : VerdictService.REJECTED;
  }
}
