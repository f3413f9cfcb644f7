package se.enkat.indicator.domain;

import java.util.Map;

/**
 * Whether a numerator or denominator holds for one respondent's variables. See {@link Conditions}.
 */
@FunctionalInterface
public interface Condition {

  boolean holds(Map<String, Object> variables);
}
