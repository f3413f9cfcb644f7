package se.enkat.servers;

/** A Kafka topic the platform needs, with its partition count. */
public record TopicSpec(String name, int partitions) {}
