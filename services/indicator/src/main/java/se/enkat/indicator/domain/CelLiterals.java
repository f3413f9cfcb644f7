package se.enkat.indicator.domain;

/** Writes values into generated CEL source safely. */
final class CelLiterals {

  private CelLiterals() {}

  /** A single-quoted CEL string literal. */
  static String string(String value) {
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
