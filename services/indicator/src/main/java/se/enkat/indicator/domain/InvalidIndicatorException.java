package se.enkat.indicator.domain;

/** A definition that cannot be counted: which field, and why. */
public final class InvalidIndicatorException extends Exception {

  private final String field;

  public InvalidIndicatorException(String field, String reason) {
    super(field + " " + reason);
    this.field = field;
  }

  public String field() {
    return field;
  }

  /** The reason without the field name. */
  public String reason() {
    return getMessage().substring(field.length() + 1);
  }
}
