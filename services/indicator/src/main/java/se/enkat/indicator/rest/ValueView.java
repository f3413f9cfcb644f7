package se.enkat.indicator.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/** A value as the contract shows it; absent dimensions and a percent over 0 are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ValueView(
    String indicator,
    String level,
    String type,
    String county,
    String organisation,
    String category,
    long numerator,
    long denominator,
    BigDecimal percent) {}
