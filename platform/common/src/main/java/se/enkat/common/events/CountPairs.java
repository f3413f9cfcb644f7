package se.enkat.common.events;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Compact organisation cells ({@code indicator → category → [numerator, denominator]}): present,
 * every indicator with its categories, every count a pair. Checked in a plain loop: an event holds
 * thousands of them.
 */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = CountPairs.Check.class)
public @interface CountPairs {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** The check of {@link CountPairs}. */
  class Check implements ConstraintValidator<CountPairs, Map<String, Map<String, long[]>>> {

    @Override
    public boolean isValid(
        Map<String, Map<String, long[]>> cells, ConstraintValidatorContext context) {
      if (cells == null) {
        return false;
      }
      for (Map<String, long[]> categories : cells.values()) {
        if (categories == null) {
          return false;
        }
        for (long[] count : categories.values()) {
          if (count == null || count.length != 2) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
