package se.enkat.publication.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoundProgressTest {

  @Test
  void anOpenRoundCannotBeReleased() {
    assertThat(new RoundProgress("r", "OPEN", null, 3, null).notReadyReason()).contains("is OPEN");
  }

  @Test
  void aClosedRoundWaitsForFinalValuesAndSaysHowManyVerdictsAreMissing() {
    assertThat(new RoundProgress("r", "CLOSED", 10L, 7, null).notReadyReason())
        .contains("round.values.final")
        .contains("7 of 10")
        .contains("3 still being validated");
  }

  @Test
  void finalValuesStillWaitForTheAnswersToArriveHere() {
    assertThat(new RoundProgress("r", "CLOSED", 10L, 9, 10L).notReadyReason())
        .contains("1 accepted or rejected revisions");
    assertThat(new RoundProgress("r", "CLOSED", 10L, 10, 10L).notReadyReason()).isNull();
  }
}
