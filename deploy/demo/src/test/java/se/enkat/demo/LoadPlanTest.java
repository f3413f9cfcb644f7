package se.enkat.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The load harness's schedule: a linear ramp, then the steady rate, every request at its time. */
class LoadPlanTest {

  @Test
  void theRampClimbsFromATenthOfTheRateAndTheSteadyPhaseHoldsIt() {
    LoadPlan plan = new LoadPlan(1000, 20, 60, 0.1);
    // ramp: (100 + 1000) / 2 per second for 20 s; steady: 1000 per second for 60 s
    assertThat(plan.requests()).isEqualTo(11_000 + 60_000);
    long firstSteady = 11_000;
    assertThat(plan.dueNanos(firstSteady) / 1e9)
        .isCloseTo(20.0, org.assertj.core.data.Offset.offset(0.001));
    assertThat(plan.steady(firstSteady)).isTrue();
    assertThat(plan.steady(firstSteady - 1)).isFalse();
    // the first second of the ramp climbs from 100/s to 145/s: 100 + 45 / 2 requests
    assertThat(plan.dueNanos(122) / 1e9).isBetween(0.99, 1.0);
    assertThat(plan.dueNanos(123) / 1e9).isGreaterThan(1.0);
    double lastRampGap = (plan.dueNanos(firstSteady) - plan.dueNanos(firstSteady - 1)) / 1e6;
    assertThat(lastRampGap).isBetween(0.99, 1.03);
    assertThat(plan.dueNanos(plan.requests() - 1) / 1e9)
        .isCloseTo(80.0, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void requestsAreDueInOrder() {
    LoadPlan plan = new LoadPlan(500, 10, 5, 0);
    for (long i = 1; i < plan.requests(); i++) {
      assertThat(plan.dueNanos(i)).isGreaterThanOrEqualTo(plan.dueNanos(i - 1));
    }
  }

  @Test
  void withoutARampEveryRequestIsSteady() {
    LoadPlan plan = new LoadPlan(100, 0, 10, 0.5);
    assertThat(plan.requests()).isEqualTo(1000);
    assertThat(plan.steady(0)).isTrue();
    assertThat(plan.dueNanos(999) / 1e9)
        .isCloseTo(9.99, org.assertj.core.data.Offset.offset(0.001));
  }

  @Test
  void aRateOrShareOutOfRangeIsRefused() {
    assertThatThrownBy(() -> new LoadPlan(0, 10, 60, 0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new LoadPlan(100, 10, 60, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
