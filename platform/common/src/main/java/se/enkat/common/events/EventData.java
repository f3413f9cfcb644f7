package se.enkat.common.events;

/**
 * The data of an event that says where it belongs ({@link EventAddress}: type, topic, writing
 * service, key, subject). The outbox builds the CloudEvents envelope from this alone; what a
 * consumer requires of the data is declared as Jakarta constraints on the record's components and
 * checked in one place, where the event is read.
 */
public interface EventData {

  /** The event's kind, key and subject. */
  EventAddress address();
}
