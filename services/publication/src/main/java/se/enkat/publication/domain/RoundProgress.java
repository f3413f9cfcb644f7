package se.enkat.publication.domain;

/**
 * How far a round has come, as this service knows it: its status, the revisions it received before
 * closing, the verdicts seen here, and the verdicts the indicator service applied when it announced
 * final values (null until then).
 */
public record RoundProgress(
    String round, String status, Long revisionsReceived, long verdictsSeen, Long verdictsApplied) {

  public boolean closed() {
    return "CLOSED".equals(status);
  }

  public boolean valuesFinal() {
    return verdictsApplied != null;
  }

  /** Why a release cannot be made yet, for the 409 problem's detail; null when it can. */
  public String notReadyReason() {
    if (!closed()) {
      return "Round " + round + " is " + status + ": a release can be made once it is CLOSED.";
    }
    if (valuesFinal()) {
      return answersPending() ? answersPendingReason() : null;
    }
    StringBuilder detail =
        new StringBuilder("Round ")
            .append(round)
            .append(" is closed, but its values are not final yet: waiting for the indicator")
            .append(" service's round.values.final.");
    if (revisionsReceived != null) {
      long pending = Math.max(0, revisionsReceived - verdictsSeen);
      detail
          .append(" Verdicts seen here: ")
          .append(verdictsSeen)
          .append(" of ")
          .append(revisionsReceived)
          .append(" revisions received (")
          .append(pending)
          .append(" still being validated).");
    }
    return detail.toString();
  }

  // Accepted answers come on another topic than the values and may lag behind them.
  private boolean answersPending() {
    return revisionsReceived != null && verdictsSeen < revisionsReceived;
  }

  private String answersPendingReason() {
    return "Round "
        + round
        + " has final values, but this service has seen "
        + verdictsSeen
        + " of "
        + revisionsReceived
        + " verdicts: "
        + (revisionsReceived - verdictsSeen)
        + " accepted or rejected revisions are still being processed here.";
  }
}
