package se.enkat.indicator.domain;

/**
 * Identifies one value cell of a round: an indicator at one level for one group, and a category for
 * a distribution. Dimensions the level does not have are null.
 */
public record CellKey(
    String indicator,
    Level level,
    String type,
    String county,
    String organisation,
    String category) {

  /** The three cells one respondent counts in: its type nationally, its county, itself. */
  static CellKey national(String indicator, String type, String category) {
    return new CellKey(indicator, Level.NATIONAL, type, null, null, category);
  }

  static CellKey county(String indicator, String type, String county, String category) {
    return new CellKey(indicator, Level.COUNTY, type, county, null, category);
  }

  static CellKey organisation(
      String indicator, String type, String county, String organisation, String category) {
    return new CellKey(indicator, Level.ORGANISATION, type, county, organisation, category);
  }
}
