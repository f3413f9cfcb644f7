package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;

/**
 * One cell that differs between two releases: {@code added} (only {@code new}), {@code removed}
 * (only {@code old}) or {@code changed} (both), each side with its numerator and denominator. The
 * dimensions are those of a published value; absent ones are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CellChange(
    String change,
    String indicator,
    String level,
    String type,
    String county,
    String organisation,
    String category,
    @JsonProperty("old") Measure previous,
    @JsonProperty("new") Measure current) {

  public static final String ADDED = "added";
  public static final String REMOVED = "removed";
  public static final String CHANGED = "changed";

  /** A cell's figures in one release. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Measure(long numerator, long denominator, BigDecimal percent) {}

  /** The cell's dimensions joined by {@code |} (absent ones empty): one key per cell. */
  public String cellKey() {
    return String.join(
        "|",
        indicator,
        level,
        nullToEmpty(type),
        nullToEmpty(county),
        nullToEmpty(organisation),
        nullToEmpty(category));
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
