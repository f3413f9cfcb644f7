package se.enkat.indicator.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/** An organisation with its type, county and organisation-level cells (all of them, or changes). */
public record OrganisationRow(
    String organisation, String type, String county, OrganisationCells cells) {

  /** The cells as stored and announced: indicator to category key to [numerator, denominator]. */
  public Map<String, Map<String, long[]>> cellsAsJson() {
    Map<String, Map<String, long[]>> json = new LinkedHashMap<>();
    cells
        .asMap()
        .forEach(
            (indicator, categories) -> {
              Map<String, long[]> counts = new LinkedHashMap<>();
              categories.forEach(
                  (category, count) ->
                      counts.put(category, new long[] {count.numerator(), count.denominator()}));
              json.put(indicator, counts);
            });
    return json;
  }
}
