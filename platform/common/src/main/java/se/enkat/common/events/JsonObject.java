package se.enkat.common.events;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A JSON value that must be an object: absent or JSON {@code null} counts as missing (unless {@code
 * optional}); any other shape is refused as {@value #SHAPE}.
 */
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
@Constraint(validatedBy = JsonObject.Check.class)
public @interface JsonObject {

  /** What a present value of another shape is told. */
  String SHAPE = "(an object)";

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Whether absent or {@code null} is allowed. */
  boolean optional() default false;

  /** The check of {@link JsonObject}. */
  class Check implements ConstraintValidator<JsonObject, JsonNode> {

    private boolean optional;

    @Override
    public void initialize(JsonObject annotation) {
      optional = annotation.optional();
    }

    @Override
    public boolean isValid(JsonNode value, ConstraintValidatorContext context) {
      if (value == null || value.isNull() || value.isMissingNode()) {
        return optional;
      }
      if (value.isObject()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(SHAPE).addConstraintViolation();
      return false;
    }
  }
}
