package se.enkat.stack;

import java.time.Duration;
import java.time.Instant;

/**
 * When to restart a part that exited, as systemd's {@code Restart=on-failure} with a growing {@code
 * RestartSec}: 1 s, 2 s, 4 s … up to a ceiling; a part that stayed up for {@code stableAfter}
 * before it exited starts again from the first delay.
 */
public final class RestartBackoff {

  private final Duration first;
  private final Duration ceiling;
  private final Duration stableAfter;
  private int failures;
  private Instant upSince;

  public RestartBackoff(Duration first, Duration ceiling, Duration stableAfter) {
    this.first = first;
    this.ceiling = ceiling;
    this.stableAfter = stableAfter;
  }

  /** The stack's policy: 1 s doubling up to 30 s, reset once a part has been up for 60 s. */
  public static RestartBackoff standard() {
    return new RestartBackoff(
        Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60));
  }

  /** The part is up (started, or restarted and ready) from {@code now}. */
  public synchronized void up(Instant now) {
    upSince = now;
  }

  /** The part exited at {@code now}: how long to wait before starting it again. */
  public synchronized Duration exited(Instant now) {
    if (upSince != null && !now.isBefore(upSince.plus(stableAfter))) {
      failures = 0;
    }
    upSince = null;
    long factor = 1L << Math.min(failures, 20);
    failures++;
    Duration delay = first.multipliedBy(factor);
    return delay.compareTo(ceiling) > 0 ? ceiling : delay;
  }
}
