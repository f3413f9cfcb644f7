package se.enkat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentTest {

  @Test
  void roundsHalfUpToWholePercent() {
    assertThat(Percent.whole(19, 21)).isEqualTo(90);
    assertThat(Percent.whole(20, 21)).isEqualTo(95);
    assertThat(Percent.whole(1, 8)).isEqualTo(13); // 12.5 → 13
    assertThat(Percent.whole(0, 21)).isZero();
    assertThat(Percent.whole(21, 21)).isEqualTo(100);
  }

  @Test
  void listsEveryNumeratorThatRoundsToThePrintedPercent() {
    assertThat(Percent.numerators(172, 44)).containsExactly(75, 76);
    assertThat(Percent.numerators(260, 75)).containsExactly(194, 195, 196);
    assertThat(Percent.numerators(21, 91)).isEmpty();
    assertThat(Percent.numerators(21, 77)).isEmpty();
  }

  @Test
  void choosesTheNumeratorNearestThePrintedPercent() {
    assertThat(Percent.nearest(Percent.all(21), 21, 91)).isEqualTo(19);
    assertThat(Percent.nearest(Percent.all(21), 21, 77)).isEqualTo(16);
    assertThat(Percent.nearest(Percent.all(21), 21, 80)).isEqualTo(17);
  }
}
