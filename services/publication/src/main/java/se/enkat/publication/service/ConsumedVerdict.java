package se.enkat.publication.service;

import se.enkat.common.events.SubmissionAccepted;

/**
 * A consumed verdict: the id of its event, the revision it judges and, when accepted, its data.
 *
 * @param accepted the submission.accepted data; null for a submission.rejected
 */
public record ConsumedVerdict(
    String eventId, String round, String organisation, int revision, SubmissionAccepted accepted) {

  public static ConsumedVerdict accepted(String eventId, SubmissionAccepted data) {
    return new ConsumedVerdict(eventId, data.round(), data.organisation(), data.revision(), data);
  }

  public static ConsumedVerdict rejected(
      String eventId, String round, String organisation, int revision) {
    return new ConsumedVerdict(eventId, round, organisation, revision, null);
  }

  public boolean isAccepted() {
    return accepted != null;
  }
}
