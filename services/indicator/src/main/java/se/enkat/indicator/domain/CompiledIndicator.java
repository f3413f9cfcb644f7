package se.enkat.indicator.domain;

import java.util.List;
import java.util.Map;

/**
 * An indicator ready to count: its denominator and one numerator per category (a single one, with a
 * null category, for a share). Immutable; shared between threads.
 */
public record CompiledIndicator(String id, Condition denominator, List<Numerator> numerators) {

  /** A numerator and the category it counts (null for a share). */
  public record Numerator(String category, Condition condition) {}

  /**
   * Adds one respondent's counts to {@code sink}: nothing when the denominator does not hold;
   * otherwise 1 to the denominator of every category, and 1 to the numerator where it holds too. A
   * rule that fails at run time (a missing answer, say) counts as false.
   */
  void count(Map<String, Object> variables, Sink sink) {
    if (!denominator.holds(variables)) {
      return;
    }
    for (Numerator numerator : numerators) {
      sink.add(id, numerator.category(), numerator.condition().holds(variables) ? 1 : 0);
    }
  }

  /** Receives the counts of one respondent. */
  interface Sink {
    void add(String indicator, String category, int numerator);
  }
}
