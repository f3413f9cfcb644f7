package se.enkat.collection.service;

import java.util.regex.Pattern;
import se.enkat.common.problem.ProblemException;

/** The Idempotency-Key header of a submit: required, printable, at most 200 characters. */
final class IdempotencyKeys {

  static final String HEADER = "Idempotency-Key";
  private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,200}");

  private IdempotencyKeys() {}

  static void check(String key) {
    if (key == null || key.isBlank()) {
      throw ProblemException.invalid(
          HEADER, "the header is required: a unique value per submission, reused on retries");
    }
    if (!VALID.matcher(key).matches()) {
      throw ProblemException.invalid(
          HEADER, "must be 1-200 printable ASCII characters without spaces");
    }
  }
}
