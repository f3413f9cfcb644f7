package se.enkat.publication.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Reads the timestamp types drivers hand back for timestamptz as an OffsetDateTime in UTC. */
final class Timestamps {

  private Timestamps() {}

  static OffsetDateTime of(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
    if (value instanceof Instant instant) {
      return instant.atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant().atOffset(ZoneOffset.UTC);
    }
    if (value instanceof java.time.LocalDateTime local) {
      return local.atOffset(ZoneOffset.UTC);
    }
    throw new IllegalArgumentException("not a timestamp: " + value.getClass());
  }
}
