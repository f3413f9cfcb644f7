package se.enkat.publication.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Invited and answered organisations of one type; percent absent when nobody was invited. */
public record ResponseRateRow(String type, int invited, int answered, BigDecimal percent) {

  public static ResponseRateRow of(String type, int invited, int answered) {
    BigDecimal percent =
        invited == 0
            ? null
            : BigDecimal.valueOf(answered * 100L)
                .divide(BigDecimal.valueOf(invited), 1, RoundingMode.HALF_UP);
    return new ResponseRateRow(type, invited, answered, percent);
  }
}
