package se.enkat.indicator.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One organisation's organisation-level cells: indicator id to category (the empty string for a
 * share) to count. With one respondent per organisation they are exactly what its latest answers
 * count in, so they are computed from the answers rather than added up. The form of the stored row
 * and of the announcement.
 */
public final class OrganisationCells {

  private final Map<String, Map<String, Count>> byIndicator = new LinkedHashMap<>();

  /** The category key of a cell: the empty string for a share. */
  static String categoryKey(String category) {
    return category == null ? "" : category;
  }

  public void put(String indicator, String category, Count count) {
    byIndicator
        .computeIfAbsent(indicator, i -> new LinkedHashMap<>())
        .put(categoryKey(category), count);
  }

  public boolean isEmpty() {
    return byIndicator.isEmpty();
  }

  /** The number of cells. */
  public int size() {
    int size = 0;
    for (Map<String, Count> categories : byIndicator.values()) {
      size += categories.size();
    }
    return size;
  }

  /** Indicator id to category key to count, in the order the indicators count. */
  public Map<String, Map<String, Count>> asMap() {
    return byIndicator;
  }

  /**
   * What changed from {@code before} to {@code after}: every cell of {@code after} that is new or
   * has another count (every cell of {@code after} when {@code allOfAfter}), and every cell of
   * {@code before} that is gone, as 0/0.
   */
  public static OrganisationCells changes(
      OrganisationCells before, OrganisationCells after, boolean allOfAfter) {
    OrganisationCells changed = new OrganisationCells();
    after.byIndicator.forEach(
        (indicator, categories) -> {
          Map<String, Count> old = before.byIndicator.getOrDefault(indicator, Map.of());
          categories.forEach(
              (category, count) -> {
                if (allOfAfter || !count.equals(old.get(category))) {
                  changed.put(indicator, category, count);
                }
              });
        });
    before.byIndicator.forEach(
        (indicator, categories) -> {
          Map<String, Count> now = after.byIndicator.getOrDefault(indicator, Map.of());
          categories.forEach(
              (category, count) -> {
                if (!now.containsKey(category)) {
                  changed.put(indicator, category, Count.ZERO);
                }
              });
        });
    return changed;
  }

  /**
   * Adds {@code sign} times these cells to the national cells of {@code type} and the county cells
   * of {@code county} and {@code type} in {@code sums}.
   */
  public void addToShared(Map<CellKey, Count> sums, String type, String county, int sign) {
    byIndicator.forEach(
        (indicator, categories) ->
            categories.forEach(
                (category, count) -> {
                  Count signed =
                      sign == 1 ? count : new Count(-count.numerator(), -count.denominator());
                  String cellCategory = category.isEmpty() ? null : category;
                  sums.merge(CellKey.national(indicator, type, cellCategory), signed, Count::plus);
                  if (county != null) {
                    sums.merge(
                        CellKey.county(indicator, type, county, cellCategory), signed, Count::plus);
                  }
                }));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrganisationCells o && byIndicator.equals(o.byIndicator);
  }

  @Override
  public int hashCode() {
    return byIndicator.hashCode();
  }

  @Override
  public String toString() {
    return byIndicator.toString();
  }
}
