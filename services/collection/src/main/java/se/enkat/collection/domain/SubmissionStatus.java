package se.enkat.collection.domain;

/** Where a submitted revision stands: received, then accepted or rejected by validation. */
public enum SubmissionStatus {
  RECEIVED,
  ACCEPTED,
  REJECTED
}
