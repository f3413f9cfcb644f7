package se.enkat.stack;

/** A Kafka topic the platform needs, with its partition count. */
public record TopicSpec(String name, int partitions) {}
