package se.enkat.common.events;

/**
 * The data of an event that says where it belongs: its {@link EventKind} (type, topic, writing
 * service), the Kafka key that keeps its order and the subject it is about. The outbox builds the
 * CloudEvents envelope from these alone; what a consumer requires of the data is declared as
 * Jakarta constraints on the record's components and checked in one place, where the event is read.
 */
public interface EventData {

  /** The type, topic and writing service: the same for every event of this record. */
  EventKind eventKind();

  /** The Kafka key: events with the same key keep their order ({@link EventKeys}). */
  String key();

  /** The CloudEvents {@code subject}: the resource the event is about. */
  String subject();
}
