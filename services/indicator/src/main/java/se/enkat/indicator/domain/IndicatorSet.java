package se.enkat.indicator.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.enkat.questionnaire.rules.RuleVariables;

/**
 * The compiled indicators of one round and the arithmetic over them: what one respondent adds to
 * each cell, and what a new revision changes. Immutable; shared between threads.
 */
public final class IndicatorSet {

  private static final Count ONE_OF_ONE = new Count(1, 1);
  private static final Count NONE_OF_ONE = new Count(0, 1);

  private final List<CompiledIndicator> indicators;

  public IndicatorSet(List<CompiledIndicator> indicators) {
    this.indicators = List.copyOf(indicators);
  }

  public List<CompiledIndicator> indicators() {
    return indicators;
  }

  /**
   * What one respondent adds to every cell it counts in: the cells of its type nationally, of its
   * county and type, and of itself. A respondent outside an indicator's denominator adds nothing.
   */
  public Map<CellKey, Count> contributions(Respondent respondent) {
    Map<CellKey, Count> cells = new HashMap<>();
    addTo(cells, respondent, 1);
    return cells;
  }

  /**
   * The change to every cell when {@code previous} (null for none) is replaced by {@code next}
   * (null for none); cells that do not change are left out.
   */
  public Map<CellKey, Count> delta(Respondent previous, Respondent next) {
    Map<CellKey, Count> cells = new HashMap<>();
    if (previous != null) {
      addTo(cells, previous, -1);
    }
    if (next != null) {
      addTo(cells, next, 1);
    }
    cells.values().removeIf(Count::isZero);
    return cells;
  }

  /**
   * The organisation-level cells of one respondent: what its answers count in, each 0 or 1 out of
   * 1. An indicator whose denominator does not hold for it has no cell.
   */
  public OrganisationCells organisationCells(Respondent respondent) {
    Map<String, Object> variables = RuleVariables.of(respondent.answers(), respondent.org());
    OrganisationCells cells = new OrganisationCells();
    CompiledIndicator.Sink sink =
        (indicator, category, numerator) ->
            cells.put(indicator, category, numerator == 1 ? ONE_OF_ONE : NONE_OF_ONE);
    for (CompiledIndicator indicator : indicators) {
      indicator.count(variables, sink);
    }
    return cells;
  }

  /** The values of every cell over a whole population of respondents, as a rebuild computes. */
  public Map<CellKey, Count> totals(Iterable<Respondent> respondents) {
    Map<CellKey, Count> cells = new HashMap<>();
    for (Respondent respondent : respondents) {
      addTo(cells, respondent, 1);
    }
    cells.values().removeIf(c -> c.denominator() == 0);
    return cells;
  }

  private void addTo(Map<CellKey, Count> cells, Respondent respondent, int sign) {
    Map<String, Object> variables = RuleVariables.of(respondent.answers(), respondent.org());
    String type = respondent.type();
    String county = respondent.county();
    String organisation = respondent.organisation();
    CompiledIndicator.Sink sink =
        (indicator, category, numerator) -> {
          Count count = new Count((long) sign * numerator, sign);
          cells.merge(CellKey.national(indicator, type, category), count, Count::plus);
          if (county != null) {
            cells.merge(CellKey.county(indicator, type, county, category), count, Count::plus);
          }
          cells.merge(
              CellKey.organisation(indicator, type, county, organisation, category),
              count,
              Count::plus);
        };
    for (CompiledIndicator indicator : indicators) {
      indicator.count(variables, sink);
    }
  }
}
