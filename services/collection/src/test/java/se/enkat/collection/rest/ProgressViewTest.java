package se.enkat.collection.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProgressViewTest {

  @Test
  void aRateKeepsNumeratorAndDenominatorAndRoundsHalfUpToOneDecimal() {
    ProgressView.Rate rate = ProgressView.Rate.of(19, 21);
    assertThat(rate.numerator()).isEqualTo(19);
    assertThat(rate.denominator()).isEqualTo(21);
    assertThat(rate.percent()).isEqualByComparingTo(new BigDecimal("90.5"));
    assertThat(ProgressView.Rate.of(1, 8).percent()).isEqualByComparingTo("12.5");
    assertThat(ProgressView.Rate.of(1, 16).percent()).isEqualByComparingTo("6.3");
    assertThat(ProgressView.Rate.of(260, 290).percent()).isEqualByComparingTo("89.7");
    assertThat(ProgressView.Rate.of(21, 21).percent()).isEqualByComparingTo("100.0");
  }

  @Test
  void aRateOverNobodyHasNoPercent() {
    assertThat(ProgressView.Rate.of(0, 0).percent()).isNull();
  }

  @Test
  void theTotalAddsUpTheTypes() {
    var regions = ProgressView.TypeProgress.of("REGION", 21, 21, 21, 0);
    var municipalities = ProgressView.TypeProgress.of("MUNICIPALITY", 290, 262, 260, 2);
    var total = regions.plus(municipalities);
    assertThat(total.invited()).isEqualTo(311);
    assertThat(total.accepted()).isEqualTo(281);
    assertThat(total.responseRate().percent()).isEqualByComparingTo("90.4");
  }
}
