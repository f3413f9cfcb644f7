package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import se.enkat.common.reference.Counties;
import se.enkat.common.reference.Text;

/**
 * One year of a series: one cell of the round's latest published release (numerator, denominator,
 * percent as published) and the change from the same cell the year before, with both n.
 *
 * @param series the series key the indicator keeps from year to year
 * @param indicator the indicator's id in this round (differs from the key after a rename)
 * @param seriesBreak true when a mapping says this year is not comparable with the one before; then
 *     there is no {@code change}
 * @param change absent in the first year, after a break, and when the cell did not exist the year
 *     before
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesPoint(
    String series,
    String indicator,
    int year,
    String round,
    String releaseId,
    int releaseVersion,
    String level,
    String type,
    String county,
    String organisation,
    String category,
    long numerator,
    long denominator,
    BigDecimal percent,
    @JsonProperty("break") boolean seriesBreak,
    Text breakNote,
    Change change) {

  /** The name of the county (län), beside its code; null without a county. */
  @JsonProperty("countyName")
  public String countyName() {
    return Counties.name(county);
  }

  /** A value's cell in every year: level, group and category. */
  public static String cell(ValueRow v) {
    return String.join(
        "|", v.level(), nz(v.type()), nz(v.county()), nz(v.organisation()), nz(v.category()));
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  /**
   * The change from the year before.
   *
   * @param percentagePoints 100 × (this share − that share), rounded half-up to one decimal; absent
   *     when either denominator is 0
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Change(
      int fromYear,
      String fromRound,
      long numerator,
      long denominator,
      BigDecimal percent,
      BigDecimal percentagePoints) {}
}
