package se.enkat.questionnaire.eval;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why an answer set was rejected, as the contract names it. */
public enum ViolationCode {
  UNKNOWN_QUESTION,
  WRONG_TYPE,
  NOT_A_CHOICE,
  REQUIRED,
  NOT_RELEVANT,
  NOT_APPLICABLE,
  CONSTRAINT,
  OUT_OF_RANGE,
  TOO_LONG,
  INVALID_DATE;

  /** The contract's name, e.g. {@code not_relevant}. */
  @JsonValue
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
