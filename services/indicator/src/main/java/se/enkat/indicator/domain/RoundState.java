package se.enkat.indicator.domain;

/**
 * What the service knows about a round's progress, read with the round's row lock held.
 *
 * @param opened whether the questionnaire and definitions are known: from round.opened, or learned
 *     from collection before it (RoundDiscovery)
 * @param revisionsReceived from round.closed; null while the round is not known to be closed
 * @param definitionsVersion changes whenever the round's definitions change
 */
public record RoundState(
    String round,
    boolean opened,
    Long revisionsReceived,
    long verdictsApplied,
    long definitionsVersion,
    boolean finalAnnounced) {

  /**
   * True once the round is opened (its values exist), closed, and every verdict it waits for has
   * been applied.
   */
  public boolean valuesAreFinal() {
    return opened && revisionsReceived != null && verdictsApplied >= revisionsReceived;
  }

  /** True when round.values.final is due and has not been announced yet. */
  public boolean finalIsDue() {
    return !finalAnnounced && valuesAreFinal();
  }
}
