package se.enkat.publication.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * A published value as the contract shows it: absent dimensions are left out, and so is the percent
 * of a value over 0.
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
    BigDecimal percent) {}
