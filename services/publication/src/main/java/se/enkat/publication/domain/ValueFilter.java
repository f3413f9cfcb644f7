package se.enkat.publication.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.enkat.common.problem.Problem;
import se.enkat.common.problem.ProblemException;
import se.enkat.common.reference.ReportingGroups;

/** The filters of a value query; a null field does not filter. */
public record ValueFilter(
    String indicator, String level, String type, String county, String organisation) {

  private static final Set<String> LEVELS = Set.of("national", "county", "organisation");
  // The organisation types, and the combined group the agency publishes (ReportingGroups).
  private static final Set<String> TYPES =
      Set.of(
          "REGION",
          "MUNICIPALITY",
          "CITY_DISTRICT",
          ReportingGroups.MUNICIPALITY_AND_CITY_DISTRICT);

  public ValueFilter {
    indicator = blankToNull(indicator);
    level = blankToNull(level);
    type = blankToNull(type);
    county = blankToNull(county);
    organisation = blankToNull(organisation);
  }

  /** Refuses values no cell can have, so a typo is a 400 and not an empty answer. */
  public ValueFilter validated() {
    List<Problem.Violation> violations = new ArrayList<>();
    if (level != null && !LEVELS.contains(level)) {
      violations.add(new Problem.Violation("level", "must be national, county or organisation"));
    }
    if (type != null && !TYPES.contains(type)) {
      violations.add(
          new Problem.Violation(
              "type",
              "must be REGION, MUNICIPALITY, CITY_DISTRICT or "
                  + ReportingGroups.MUNICIPALITY_AND_CITY_DISTRICT));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid("The value filters are not valid.", violations);
    }
    return this;
  }

  /**
   * True when the filter asks for the combined group of municipalities and city districts, whose
   * values are the sums of the two types' cells (national and county level).
   */
  public boolean combinedGroup() {
    return ReportingGroups.MUNICIPALITY_AND_CITY_DISTRICT.equals(type);
  }

  /** Column → value of the filters in use, in a fixed order (also the ETag's query part). */
  public Map<String, String> columns() {
    Map<String, String> columns = new LinkedHashMap<>();
    put(columns, "indicator", indicator);
    put(columns, "level", level);
    put(columns, "type", type);
    put(columns, "county", county);
    put(columns, "organisation", organisation);
    return columns;
  }

  private static void put(Map<String, String> columns, String name, String value) {
    if (value != null) {
      columns.put(name, value);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
