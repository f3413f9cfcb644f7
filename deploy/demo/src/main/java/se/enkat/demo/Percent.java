package se.enkat.demo;

import java.util.ArrayList;
import java.util.List;

/** Whole percentages as the seed prints them: 100 × k / n rounded half-up. */
public final class Percent {

  private Percent() {}

  /** 100 × k / n rounded half-up to a whole percent. */
  public static int whole(int k, int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
    return (200 * k + n) / (2 * n);
  }

  /** Every numerator k in 0..n that rounds to the printed percent. */
  public static List<Integer> numerators(int n, int printed) {
    List<Integer> ks = new ArrayList<>();
    for (int k = 0; k <= n; k++) {
      if (whole(k, n) == printed) {
        ks.add(k);
      }
    }
    return ks;
  }

  /**
   * The k among the given ones whose exact share lies nearest the printed percent (ties: lower).
   */
  public static int nearest(List<Integer> ks, int n, int printed) {
    int best = -1;
    double distance = Double.MAX_VALUE;
    for (int k : ks) {
      double d = Math.abs(100.0 * k / n - printed);
      if (d < distance - 1e-9) {
        best = k;
        distance = d;
      }
    }
    if (best < 0) {
      throw new IllegalArgumentException("no numerator to choose from");
    }
    return best;
  }

  /** Every k in 0..n. */
  public static List<Integer> all(int n) {
    List<Integer> ks = new ArrayList<>();
    for (int k = 0; k <= n; k++) {
      ks.add(k);
    }
    return ks;
  }
}
