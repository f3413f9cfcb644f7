package se.enkat.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

  private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

  @Test
  void delaysDoubleFromOneSecondUpToThirtyWhileThePartKeepsCrashing() {
    RestartBackoff backoff = RestartBackoff.standard();
    backoff.up(T0);
    List<Long> delays = new ArrayList<>();
    Instant now = T0;
    for (int i = 0; i < 8; i++) {
      now = now.plusSeconds(5); // up for 5 s each time: never stable
      delays.add(backoff.exited(now).toSeconds());
      backoff.up(now);
    }
    assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
  }

  @Test
  void aPartThatStayedUpForAMinuteStartsAgainFromOneSecond() {
    RestartBackoff backoff = RestartBackoff.standard();
    backoff.up(T0);
    backoff.exited(T0.plusSeconds(1));
    backoff.up(T0.plusSeconds(2));
    assertThat(backoff.exited(T0.plusSeconds(3))).isEqualTo(Duration.ofSeconds(2));
    backoff.up(T0.plusSeconds(5));

    assertThat(backoff.exited(T0.plusSeconds(5 + 60))).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aPartThatCrashesAgainBeforeItIsUpKeepsGrowingTheDelay() {
    RestartBackoff backoff = RestartBackoff.standard();
    backoff.up(T0);
    assertThat(backoff.exited(T0.plusSeconds(120))).isEqualTo(Duration.ofSeconds(1));
    // never reported up again (the restart failed): no reset, however long ago the start was
    assertThat(backoff.exited(T0.plusSeconds(400))).isEqualTo(Duration.ofSeconds(2));
  }
}
