package se.enkat.demo;

import se.enkat.questionnaire.model.OrganisationType;

/**
 * The figure the demo produces for one seed row and type: k of n, and how it relates to the seed's
 * printed figure.
 */
public record Target(SeedRow row, OrganisationType type, int n, int k, Status status) {

  /** How the demo's figure relates to the printed one. */
  public enum Status {
    /** k/n rounds to the printed percentage, with the printed n. */
    EXACT,
    /** k/n rounds to the printed percentage, but the seed printed another n. */
    N_DIFFERS,
    /** No k rounds to the printed percentage with this n: the nearest possible k is used. */
    IMPOSSIBLE
  }

  public int percent() {
    return Percent.whole(k, n);
  }

  /** Why the figure differs from the seed, in one line; empty when it does not. */
  public String note() {
    SeedRow.Printed printed = row.printed(type);
    return switch (status) {
      case EXACT -> "";
      case N_DIFFERS ->
          "seed n="
              + printed.n()
              + "; here all "
              + n
              + " answer this required question ("
              + k
              + "/"
              + printed.n()
              + " and "
              + k
              + "/"
              + n
              + " both round to "
              + printed.percent()
              + " %)";
      case IMPOSSIBLE ->
          printed.percent()
              + " % is impossible with n="
              + n
              + "; nearest possible "
              + k
              + "/"
              + n
              + " = "
              + String.format(java.util.Locale.ROOT, "%.1f", 100.0 * k / n)
              + " %";
    };
  }
}
