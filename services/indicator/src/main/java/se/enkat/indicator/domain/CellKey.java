package se.enkat.indicator.domain;

import java.util.Comparator;

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

  /**
   * The order of cells in statements and announcements: indicator, level, then type, county,
   * organisation and category, an absent one first. Written out rather than composed of key
   * extractors: it sorts tens of thousands of cells per batch.
   */
  public static final Comparator<CellKey> ORDER = CellKey::compare;

  private static int compare(CellKey a, CellKey b) {
    int c = a.indicator.compareTo(b.indicator);
    if (c == 0) {
      c = Integer.compare(a.level.ordinal(), b.level.ordinal());
    }
    if (c == 0) {
      c = compareAbsentFirst(a.type, b.type);
    }
    if (c == 0) {
      c = compareAbsentFirst(a.county, b.county);
    }
    if (c == 0) {
      c = compareAbsentFirst(a.organisation, b.organisation);
    }
    if (c == 0) {
      c = compareAbsentFirst(a.category, b.category);
    }
    return c;
  }

  private static int compareAbsentFirst(String a, String b) {
    boolean aAbsent = a == null || a.isEmpty();
    boolean bAbsent = b == null || b.isEmpty();
    if (aAbsent || bAbsent) {
      return aAbsent == bAbsent ? 0 : aAbsent ? -1 : 1;
    }
    return a.compareTo(b);
  }

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
