package se.enkat.validation.service;

import se.enkat.common.events.SubmissionReceived;

/**
 * A consumed submission.received: the id of its event, its data, and the data as received (kept
 * verbatim when the submission is parked until its round arrives).
 */
public record ReceivedSubmission(String eventId, SubmissionReceived data, String payload) {}
