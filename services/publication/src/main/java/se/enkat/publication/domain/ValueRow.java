package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import se.enkat.common.reference.Counties;

/**
 * A published value as the contract shows it: absent dimensions are left out, and so is the percent
 * of a value over 0. A value with a county code also carries the county's name ({@code
 * countyName}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValueRow(
    String indicator,
    String level,
    String type,
    String county,
    String organisation,
    String category,
    long numerator,
    long denominator,
    BigDecimal percent) {

  /** The name of the county (län), beside its code; null without a county. */
  @JsonProperty("countyName")
  public String countyName() {
    return Counties.name(county);
  }
}
