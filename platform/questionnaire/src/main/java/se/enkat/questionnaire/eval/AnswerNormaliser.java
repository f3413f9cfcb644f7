package se.enkat.questionnaire.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.enkat.questionnaire.model.Question;

/**
 * Turns a raw JSON answer (as Jackson reads it) into the typed value rules and storage use.
 *
 * <p>Integers become {@code Long} and decimals {@code Double}, the types CEL calls int and double;
 * dates stay ISO strings, which compare correctly as text.
 */
final class AnswerNormaliser {

  private static final Set<String> YES_NO = Set.of("yes", "no");
  private static final Set<String> YES_NO_DONTKNOW = Set.of("yes", "no", "dont_know");

  private AnswerNormaliser() {}

  static Normalised normalise(CompiledQuestion q, Object raw) {
    switch (q.type()) {
      case YES_NO:
        return choice(raw, YES_NO);
      case YES_NO_DONTKNOW:
        return choice(raw, YES_NO_DONTKNOW);
      case SINGLE_CHOICE:
        return choice(raw, q.choiceValues());
      case MULTI_CHOICE:
        return choices(raw, q.choiceValues());
      case INTEGER:
        return integer(raw, q.question());
      case DECIMAL:
        return decimal(raw, q.question());
      case TEXT:
        return text(raw, q.question());
      case DATE:
        return date(raw);
      default:
        throw new IllegalStateException("unhandled type " + q.type());
    }
  }

  private static Normalised choice(Object raw, Set<String> allowed) {
    if (!(raw instanceof String)) {
      return Normalised.fail(ViolationCode.WRONG_TYPE, "expected one of " + sorted(allowed));
    }
    if (!allowed.contains(raw)) {
      return Normalised.fail(
          ViolationCode.NOT_A_CHOICE, "'" + raw + "' is not one of " + sorted(allowed));
    }
    return Normalised.ok(raw);
  }

  private static Normalised choices(Object raw, Set<String> allowed) {
    if (!(raw instanceof List<?> list)) {
      return Normalised.fail(ViolationCode.WRONG_TYPE, "expected a list of choice values");
    }
    Set<String> values = new LinkedHashSet<>();
    for (Object item : list) {
      Normalised one = choice(item, allowed);
      if (!one.isOk()) {
        return one;
      }
      values.add((String) item);
    }
    return Normalised.ok(List.copyOf(new ArrayList<>(values)));
  }

  private static Normalised integer(Object raw, Question question) {
    BigDecimal number = number(raw);
    if (number == null || !isIntegral(number)) {
      return Normalised.fail(ViolationCode.WRONG_TYPE, "expected a whole number");
    }
    if (number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
        || number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
      return Normalised.fail(ViolationCode.OUT_OF_RANGE, "too large a number");
    }
    Normalised range = range(number, question);
    return range != null ? range : Normalised.ok(number.longValueExact());
  }

  private static Normalised decimal(Object raw, Question question) {
    BigDecimal number = number(raw);
    if (number == null) {
      return Normalised.fail(ViolationCode.WRONG_TYPE, "expected a number");
    }
    Normalised range = range(number, question);
    return range != null ? range : Normalised.ok(number.doubleValue());
  }

  private static Normalised range(BigDecimal number, Question question) {
    if ((question.min() != null && number.compareTo(question.min()) < 0)
        || (question.max() != null && number.compareTo(question.max()) > 0)) {
      return Normalised.fail(
          ViolationCode.OUT_OF_RANGE,
          number.stripTrailingZeros().toPlainString() + " is outside " + bounds(question));
    }
    return null;
  }

  private static Normalised text(Object raw, Question question) {
    if (!(raw instanceof String text)) {
      return Normalised.fail(ViolationCode.WRONG_TYPE, "expected text");
    }
    int length = text.codePointCount(0, text.length());
    if (question.maxLength() != null && length > question.maxLength()) {
      return Normalised.fail(
          ViolationCode.TOO_LONG,
          length + " characters, at most " + question.maxLength() + " allowed");
    }
    return Normalised.ok(text);
  }

  private static Normalised date(Object raw) {
    if (!(raw instanceof String text)) {
      return Normalised.fail(ViolationCode.WRONG_TYPE, "expected a date as YYYY-MM-DD");
    }
    try {
      // ISO_LOCAL_DATE is strict: 2025-02-30 and 2025-2-3 are both refused.
      LocalDate.parse(text);
      return text.length() == 10
          ? Normalised.ok(text)
          : Normalised.fail(ViolationCode.INVALID_DATE, "'" + text + "' is not YYYY-MM-DD");
    } catch (DateTimeParseException e) {
      return Normalised.fail(
          ViolationCode.INVALID_DATE, "'" + text + "' is not a date as YYYY-MM-DD");
    }
  }

  /** Any JSON number as BigDecimal; null for anything else (booleans and strings included). */
  private static BigDecimal number(Object raw) {
    if (raw instanceof BigDecimal d) {
      return d;
    }
    if (raw instanceof BigInteger i) {
      return new BigDecimal(i);
    }
    if (raw instanceof Double || raw instanceof Float) {
      double d = ((Number) raw).doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    if (raw instanceof Long
        || raw instanceof Integer
        || raw instanceof Short
        || raw instanceof Byte) {
      return BigDecimal.valueOf(((Number) raw).longValue());
    }
    return null;
  }

  private static boolean isIntegral(BigDecimal number) {
    return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
  }

  private static String bounds(Question question) {
    String min = question.min() == null ? "" : question.min().toPlainString();
    String max = question.max() == null ? "" : question.max().toPlainString();
    return "[" + min + ", " + max + "]";
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
