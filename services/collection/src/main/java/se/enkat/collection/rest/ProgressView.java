package se.enkat.collection.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A round's progress per organisation type. Each organisation counts once: {@code submitted} has at
 * least one revision; {@code accepted} has an accepted revision; {@code rejected} has none accepted
 * and its latest judged revision was rejected. The response rate is accepted / invited.
 */
public record ProgressView(
    String round, String status, List<TypeProgress> types, TypeProgress total) {

  /** Counts for one organisation type (type is null in the total). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TypeProgress(
      String type, long invited, long submitted, long accepted, long rejected, Rate responseRate) {

    public static TypeProgress of(
        String type, long invited, long submitted, long accepted, long rejected) {
      return new TypeProgress(
          type, invited, submitted, accepted, rejected, Rate.of(accepted, invited));
    }

    public TypeProgress plus(TypeProgress other) {
      return of(
          null,
          invited + other.invited,
          submitted + other.submitted,
          accepted + other.accepted,
          rejected + other.rejected);
    }
  }

  /** A share with its numerator and denominator; percent rounded half-up to one decimal. */
  public record Rate(long numerator, long denominator, BigDecimal percent) {

    public static Rate of(long numerator, long denominator) {
      BigDecimal percent =
          denominator == 0
              ? null
              : BigDecimal.valueOf(numerator)
                  .multiply(BigDecimal.valueOf(100))
                  .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
      return new Rate(numerator, denominator, percent);
    }
  }
}
