package se.enkat.common.time;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps as the services store them. */
public final class Timestamps {

  private Timestamps() {}

  /**
   * Now in UTC, to the microsecond: what PostgreSQL keeps, so that what a service answers equals
   * what it stored.
   */
  public static OffsetDateTime nowMicros() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
