package se.enkat.indicator.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A numerator and denominator, as kept per cell and added up per respondent. */
public record Count(long numerator, long denominator) {

  public static final Count ZERO = new Count(0, 0);

  public Count plus(Count other) {
    return new Count(numerator + other.numerator, denominator + other.denominator);
  }

  public Count minus(Count other) {
    return new Count(numerator - other.numerator, denominator - other.denominator);
  }

  public boolean isZero() {
    return numerator == 0 && denominator == 0;
  }

  /** 100 × numerator / denominator rounded half-up to one decimal; null when denominator is 0. */
  public BigDecimal percent() {
    return percent(numerator, denominator);
  }

  public static BigDecimal percent(long numerator, long denominator) {
    if (denominator == 0) {
      return null;
    }
    return BigDecimal.valueOf(numerator)
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
  }
}
